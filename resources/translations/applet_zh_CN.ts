<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchTable</name>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Samples in the batch: the first is the one the steps trace, the others are drawn from the seed.</source>
        <translation>批量中的样本：第一个是逐步追踪的那个，其余的由随机种子抽取。</translation>
    </message>
    <message>
        <source>One sample: ∂L/∂θ is its own ∂C¹/∂θ. Add samples to see the lecture&apos;s sum.</source>
        <translation>一个样本：∂L/∂θ 就是它自己的 ∂C¹/∂θ。增加样本，就能看到课上的求和。</translation>
    </message>
    <message>
        <source>Lecture: ∂L/∂w = Σₙ ∂Cⁿ/∂w. Our L is the mean of the %1 Cⁿ: the update uses the mean.</source>
        <translation>课上：∂L/∂w = Σₙ ∂Cⁿ/∂w。这里的 L 是 %1 个 Cⁿ 的平均：更新用的是平均值。</translation>
    </message>
    <message>
        <source>With weight decay λ, every weight also gets λ·w.</source>
        <translation>有权重衰减 λ 时，每个权重还要加上 λ·w。</translation>
    </message>
    <message>
        <source>With L1 regularisation λ₁, every weight also gets λ₁·sign(w).</source>
        <translation>有 L1 正则化 λ₁ 时，每个权重还会加上 λ₁·sign(w)。</translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <source>Σₙ</source>
        <translation>Σₙ</translation>
    </message>
    <message>
        <source>mean = ∂L/∂θ</source>
        <translation>平均 = ∂L/∂θ</translation>
    </message>
    <message>
        <source>λ·w + λ₁·sign(w)</source>
        <translation>λ·w + λ₁·sign(w)</translation>
    </message>
    <message>
        <source>∂L/∂θ + λ·w + λ₁·sign(w)</source>
        <translation>∂L/∂θ + λ·w + λ₁·sign(w)</translation>
    </message>
    <message>
        <source>λ₁·sign(w)</source>
        <translation>λ₁·sign(w)</translation>
    </message>
    <message>
        <source>∂L/∂θ + λ₁·sign(w)</source>
        <translation>∂L/∂θ + λ₁·sign(w)</translation>
    </message>
    <message>
        <source>λ·w</source>
        <translation>λ·w</translation>
    </message>
    <message>
        <source>∂L/∂θ + λ·w</source>
        <translation>∂L/∂θ + λ·w</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>x = (%1), target %2</source>
        <translation>x = (%1)，目标 %2</translation>
    </message>
    <message>
        <source>The lecture&apos;s ∂L/∂w = Σₙ ∂Cⁿ/∂w (L as a sum).</source>
        <translation>课上的 ∂L/∂w = Σₙ ∂Cⁿ/∂w（L 取总和）。</translation>
    </message>
    <message>
        <source>Our loss is the mean L = (1/N)·Σₙ Cⁿ, so its gradient is the mean of the columns.</source>
        <translation>这里的损失是平均 L = (1/N)·Σₙ Cⁿ，所以它的梯度是各列的平均。</translation>
    </message>
    <message>
        <source>L1 regularisation: L + λ₁·Σ|W| adds λ₁·sign(w) to every weight&apos;s gradient (biases: 0).</source>
        <translation>L1 正则化：L + λ₁·Σ|W| 给每个权重的梯度加上 λ₁·sign(w)（偏置：0）。</translation>
    </message>
    <message>
        <source>Weight decay: L + (λ/2)·Σ‖W‖² adds λ·w to every weight&apos;s gradient (biases: 0).</source>
        <translation>权重衰减：L + (λ/2)·Σ‖W‖² 给每个权重的梯度加上 λ·w（偏置：0）。</translation>
    </message>
    <message>
        <source>What the update follows.</source>
        <translation>更新所依据的梯度。</translation>
    </message>
    <message>
        <source>Cⁿ (loss)</source>
        <translation>Cⁿ（损失）</translation>
    </message>
    <message>
        <source>In the λ columns of this row: (λ/2)·Σ‖W‖², and L with it.</source>
        <translation>本行的 λ 列：(λ/2)·Σ‖W‖²，以及加上它之后的 L。</translation>
    </message>
</context>
<context>
    <name>CircuitInputs</name>
    <message>
        <source>∂C/∂y =</source>
        <translation>∂C/∂y =</translation>
    </message>
    <message>
        <source>The forward pass is frozen, so every σ′(z) is a fixed amplifier and the backward pass is a linear circuit: type any ∂C/∂y at an output and watch every ∂C/∂z respond in proportion.</source>
        <translation>前向传递已固定，每个 σ′(z) 都是一个固定的放大器，反向传递就是一个线性电路：在输出端输入任意 ∂C/∂y，看每个 ∂C/∂z 按比例变化。</translation>
    </message>
    <message>
        <source>∂L/∂y</source>
        <translation>∂L/∂y</translation>
    </message>
    <message>
        <source>Feed the reversed network the loss&apos;s derivative: backpropagation&apos;s own values.</source>
        <translation>把损失的导数送入反转的网络：也就是反向传播自己的数值。</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>hard sigmoid</source>
        <translation>硬 sigmoid</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>双曲正切 tanh</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>last %1 years</source>
        <translation>最近 %1 年</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>运行比较</translation>
    </message>
    <message>
        <source>Train every model in the table with the same seeds and compare their losses.</source>
        <translation>用相同的随机种子训练表中的每个模型，并比较它们的损失。</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子数</translation>
    </message>
    <message>
        <source>Train every model with this many seeds — the Seed box&apos;s, then 0, 1, 2, … — and show mean ± sd of L and L′ over them. One seed is not a result: the spread shows which differences are real.</source>
        <translation>用这么多个随机种子训练每个模型 —— 先是“随机种子”框中的种子，然后是 0、1、2、…… —— 并显示 L 和 L′ 在这些种子上的均值 ± 标准差。一个种子算不上结果：看离散程度才知道哪些差别是真的。</translation>
    </message>
    <message>
        <source>Published in the lecture for the same model, trained on its own channel (real data, not public; MAE in k): compare the trend, not the digits.</source>
        <translation>课上公布的同一模型的结果，用的是课上自己的频道（真实数据，未公开；MAE，单位 k）：比较趋势，而不是具体数字。</translation>
    </message>
    <message>
        <source>seeds %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the comparison; rows already trained keep their results.</source>
        <translation>停止比较；已训练完的行保留结果。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>L (training)</source>
        <translation>L（训练）</translation>
    </message>
    <message>
        <source>L′ (unseen)</source>
        <translation>L′（测试数据）</translation>
    </message>
    <message>
        <source>lecture L</source>
        <translation>课上 L</translation>
    </message>
    <message>
        <source>lecture L′</source>
        <translation>课上 L′</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lecture L / L′: published for the lecture&apos;s own channel (real, not public). “overfitting”: lower L than the row above, but higher L′.</source>
        <translation>课上 L / L′：课上自己的频道（真实数据，未公开）公布的结果。“过拟合”：L 比上一行低，但 L′ 更高。</translation>
    </message>
    <message>
        <source>Comparison stopped</source>
        <translation>比较已停止</translation>
    </message>
    <message>
        <source>at the lowest L′</source>
        <translation>取 L′ 最低时</translation>
    </message>
    <message>
        <source>overfitting</source>
        <translation>过拟合</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>true digit</source>
        <translation>真实数字</translation>
    </message>
    <message>
        <source>predicted digit</source>
        <translation>预测数字</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3 test digits (click to show them)</source>
        <translation>真实 %1，预测 %2：%3 个测试数字（点击显示）</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run or pause gradient descent (Space).</source>
        <translation>运行或暂停梯度下降（空格键）。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One update: one batch, one gradient, one move of the parameters (→).</source>
        <translation>一次更新：一个批量、一次梯度、参数移动一步（→）。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>回合</translation>
    </message>
    <message>
        <source>Run to the end of this epoch: every training sample seen once.</source>
        <translation>运行到本回合结束：每个训练样本都用过一次。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>New random initial parameters from the seed; history cleared (R).</source>
        <translation>按随机种子重新生成初始参数，并清空历史（R）。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same initial weights and batches.</source>
        <translation>随机种子：相同的种子给出相同的初始权重和批量划分。</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>Learning rate η: each update moves the parameters by −η × gradient. Type a value or slide (log scale).</source>
        <translation>学习率 η：每次更新把参数移动 −η × 梯度。可输入数值，或拖动滑块（对数刻度）。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Samples per update. “Full batch” uses all training data for every update; smaller batches give more, noisier updates per epoch.</source>
        <translation>每次更新用的样本数。“全批量”每次更新都用全部训练数据；批量越小，每回合的更新越多，也越嘈杂。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>How the gradient moves the parameters: plain gradient descent (the lecture&apos;s), with momentum, or Adam.</source>
        <translation>梯度如何移动参数：普通梯度下降（课上讲的）、带动量的梯度下降，或 Adam。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>How a wrong prediction is measured: MAE averages |error|, MSE averages error².</source>
        <translation>如何衡量预测的误差：MAE 取 |误差| 的平均，MSE 取 误差² 的平均。</translation>
    </message>
    <message>
        <source>Speed (updates/s)</source>
        <translation>速度（次更新/秒）</translation>
    </message>
    <message>
        <source>Updates per second while running. Each lesson starts slow enough to watch; Step and Epoch ignore it.</source>
        <translation>运行时每秒的更新次数。每节课的默认速度都慢到足以看清过程；“单步”和“回合”不受它影响。</translation>
    </message>
    <message>
        <source>Stop after updates</source>
        <translation>更新次数上限</translation>
    </message>
    <message>
        <source>Stop after this many updates (0 = no limit).</source>
        <translation>更新这么多次后停止（0 = 不限）。</translation>
    </message>
    <message>
        <source>Stop when ‖g‖ &lt;</source>
        <translation>当 ‖g‖ &lt; 时停止</translation>
    </message>
    <message>
        <source>Stop when the gradient&apos;s length falls below this: a minimum, saddle point or plateau.</source>
        <translation>当梯度的长度低于此值时停止：到了最小值、鞍点或平台。</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>权重衰减 λ</translation>
    </message>
    <message>
        <source>Train on L + (λ/2)·Σw² (weights only, not biases): every update also pulls each weight towards 0 by η·λ·w, against overfitting. 0 = off. The loss curves show L without this term.</source>
        <translation>用 L + (λ/2)·Σw² 训练（只含权重，不含偏置）：每次更新还会把每个权重往 0 拉 η·λ·w，用来对抗过拟合。0 = 关闭。损失曲线显示的是不含这一项的 L。</translation>
    </message>
    <message>
        <source>L1 regularisation λ₁</source>
        <translation>L1 正则化 λ₁</translation>
    </message>
    <message>
        <source>Train on L + λ₁·Σ|w| (weights only, not biases): every update also moves each weight towards 0 by the same η·λ₁, whatever its size, so weights the data do not need end at or near 0. 0 = off. The loss curves show L without this term.</source>
        <translation>在 L + λ₁·Σ|w| 上训练（只含权重，不含偏置）：每次更新还把每个权重朝 0 移动同样的 η·λ₁，不论它多大，所以数据用不上的权重最终停在 0 或 0 附近。0 = 关闭。损失曲线显示的是不含此项的 L。</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Train as fast as this computer can; click again for the lesson&apos;s watchable speed.</source>
        <translation>以这台电脑能达到的最快速度训练；再点一次回到本课便于观察的速度。</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>Lesson settings</source>
        <translation>课程设置</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <source>finite differences:</source>
        <translation>有限差分：</translation>
    </message>
    <message>
        <source>backpropagation:</source>
        <translation>反向传播：</translation>
    </message>
    <message>
        <source>Every ∂C/∂θ one at a time: one extra forward pass per parameter θ.</source>
        <translation>逐个计算每个 ∂C/∂θ：每个参数 θ 多做一次前向传递。</translation>
    </message>
    <message>
        <source>Every ∂C/∂θ at once: one forward and one backward sweep.</source>
        <translation>一次得到所有 ∂C/∂θ：一次前向传递加一次反向传递。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>finite differences</source>
        <translation>有限差分</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>P: the network&apos;s parameters, weights and biases.</source>
        <translation>P：网络的参数个数，即权重和偏置。</translation>
    </message>
    <message>
        <source>(P + 1)·W: one forward pass (W multiplications) for L, then one more per parameter.</source>
        <translation>(P + 1)·W：先做一次前向传递（W 次乘法）算出 L，再为每个参数各做一次。</translation>
    </message>
    <message>
        <source>Backpropagation: the forward pass (W) and one backward sweep: a·∂C/∂z for every weight (W), ∂C/∂z sent back through the weights of every layer but the first, and σ′(z) at every neuron.</source>
        <translation>反向传播：前向传递（W）加一次反向传递：每个权重的 a·∂C/∂z（W），∂C/∂z 经过除第一层以外各层的权重往回传，以及每个神经元的 σ′(z)。</translation>
    </message>
    <message>
        <source>How many times more work finite differences take.</source>
        <translation>有限差分的计算量是反向传播的多少倍。</translation>
    </message>
    <message>
        <source>Multiplications for one sample&apos;s ∂C/∂θ of all %1 parameters of this network, %2: backpropagation needs &lt;b&gt;%3 fewer&lt;/b&gt; — and the larger the network, the more.</source>
        <translation>为一个样本算出这个网络 %2 全部 %1 个参数的 ∂C/∂θ 所需的乘法次数：有限差分是反向传播的 &lt;b&gt;%3&lt;/b&gt; —— 网络越大，差得越多。</translation>
    </message>
    <message>
        <source>%1 (this network)</source>
        <translation>%1（这个网络）</translation>
    </message>
</context>
<context>
    <name>CostWarning</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>This network has %1 parameters. With batches of %2 samples, each update needs about %3 of memory and takes about %4 on this computer, so training will be slow and the applet may answer late.</source>
        <translation>这个网络有 %1 个参数。批量为 %2 个样本时，每次更新约需 %3 内存，在这台电脑上约需 %4，因此训练会很慢，程序的响应也可能变慢。</translation>
    </message>
    <message>
        <source>A large network</source>
        <translation>大型网络</translation>
    </message>
    <message>
        <source>Smaller layers or smaller batches are much faster. Pause works at any time: it takes effect when the update in progress ends.</source>
        <translation>更小的层或更小的批量会快得多。随时可以暂停：当前这次更新结束后即生效。</translation>
    </message>
    <message>
        <source>Train it</source>
        <translation>仍然训练</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside the applet (a bug, not your mistake):
%1</source>
        <translation>程序内部出错了（这是程序的缺陷，不是你的错）：
%1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <source>Unknown activation %1; choose one of: %2.</source>
        <translation>未知的激活函数 %1；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>The inputs must be numbers.</source>
        <translation>输入必须是数字。</translation>
    </message>
    <message>
        <source>The network has %1 input(s); got %2 input value(s).</source>
        <translation>网络有 %1 个输入；收到的是 %2 个输入值。</translation>
    </message>
    <message>
        <source>The inputs contain NaN or infinity.</source>
        <translation>输入中含有 NaN 或无穷大。</translation>
    </message>
    <message>
        <source>Cross-entropy needs one class index (0, 1, 2, …) as the target.</source>
        <translation>交叉熵需要一个类别编号（0、1、2……）作为目标。</translation>
    </message>
    <message>
        <source>The targets must be numbers.</source>
        <translation>目标必须是数字。</translation>
    </message>
    <message>
        <source>The network has %1 output(s); got %2 target value(s).</source>
        <translation>网络有 %1 个输出；收到的是 %2 个目标值。</translation>
    </message>
    <message>
        <source>The targets contain NaN or infinity.</source>
        <translation>目标中含有 NaN 或无穷大。</translation>
    </message>
    <message>
        <source>The learning rate must be a number.</source>
        <translation>学习率必须是数字。</translation>
    </message>
    <message>
        <source>The learning rate must be a finite number.</source>
        <translation>学习率必须是有限的数。</translation>
    </message>
    <message>
        <source>Show between 1 and 17 significant digits.</source>
        <translation>有效数字请在 1 到 17 位之间。</translation>
    </message>
    <message>
        <source>∂C/∂y must be numbers.</source>
        <translation>∂C/∂y 必须是数字。</translation>
    </message>
    <message>
        <source>The network has %1 output(s); got %2 value(s) of ∂C/∂y.</source>
        <translation>网络有 %1 个输出；收到的是 %2 个 ∂C/∂y 值。</translation>
    </message>
    <message>
        <source>∂C/∂y contains NaN or infinity.</source>
        <translation>∂C/∂y 中含有 NaN 或无穷大。</translation>
    </message>
    <message>
        <source>%1 input rows but %2 targets.</source>
        <translation>有 %1 行输入，却有 %2 个目标。</translation>
    </message>
    <message>
        <source>The start and the learning rate must be numbers.</source>
        <translation>起点和学习率必须是数字。</translation>
    </message>
    <message>
        <source>Start gradient descent between %1 and %2, not at %3.</source>
        <translation>梯度下降的起点请在 %1 和 %2 之间，而不是 %3。</translation>
    </message>
    <message>
        <source>The learning rate must be a positive, finite number, not %1.</source>
        <translation>学习率必须是有限的正数，而不是 %1。</translation>
    </message>
    <message>
        <source>The number of steps must be a whole number ≥ 0, not %1.</source>
        <translation>步数必须是 ≥ 0 的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>The number of restarts must be a whole number ≥ 1, not %1.</source>
        <translation>重新开始的次数必须是 ≥ 1 的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>Neuron contributions need a network with one linear output neuron.</source>
        <translation>要显示各神经元的贡献，网络需要恰好一个线性输出神经元。</translation>
    </message>
    <message>
        <source>This network has no hidden layer.</source>
        <translation>这个网络没有隐藏层。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a table of daily counts is far smaller (at most %3 MB). Is it the right file?</source>
        <translation>%1 有 %2 MB；每日计数表要小得多（最多 %3 MB）。是不是选错了文件？</translation>
    </message>
    <message>
        <source>The file has %1 rows of counts; the applet reads at most %2 days (a century).</source>
        <translation>文件中有 %1 行计数；本程序最多读取 %2 天（一个世纪）。</translation>
    </message>
    <message>
        <source>The dates run from %1 to %2; the applet reads at most %3 days (a century).</source>
        <translation>日期从 %1 到 %2；本程序最多读取 %3 天（一个世纪）。</translation>
    </message>
    <message>
        <source>The file has counts for %1 day(s); at least %2 are needed.</source>
        <translation>文件中只有 %1 天的计数；至少需要 %2 天。</translation>
    </message>
    <message>
        <source>This is not a text file (it contains NUL bytes). Save the table as &apos;CSV (UTF-8)&apos; and import that.</source>
        <translation>这不是文本文件（其中含有 NUL 字节）。请把表格另存为“CSV (UTF-8)”再导入。</translation>
    </message>
    <message>
        <source>This file is not readable text (it is neither UTF-8 nor plain Latin-1). Save the table as &apos;CSV (UTF-8)&apos; and import that.</source>
        <translation>这个文件不是可读的文本（既不是 UTF-8，也不是普通的 Latin-1）。请把表格另存为“CSV (UTF-8)”再导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Line %1 is not valid CSV (%2); check its quotation marks.</source>
        <translation>第 %1 行不是有效的 CSV（%2）；请检查其中的引号。</translation>
    </message>
    <message>
        <source>The file has no rows of dates and counts.</source>
        <translation>文件中没有日期和计数的行。</translation>
    </message>
    <message>
        <source>Line %1 has more columns than the header names (%2): it reads %3. Put a number written with a thousands comma in quotes (&quot;1,234&quot;), or remove the extra cells.</source>
        <translation>第 %1 行的列数多于表头所列的 %2 列：内容为 %3。带千位逗号的数字请加引号（&quot;1,234&quot;），或删去多余的单元格。</translation>
    </message>
    <message>
        <source>Line %1 reads %2: is a comma there a thousands separator or a column break? Put numbers written with commas in quotes (&quot;1,234&quot;), or add a header line naming the columns.</source>
        <translation>第 %1 行内容为 %2：其中的逗号是千位分隔符还是列分隔符？请给带逗号的数字加引号（&quot;1,234&quot;），或加一行表头写明各列名称。</translation>
    </message>
    <message>
        <source>No date column found: line %1 reads %2. Dates must be written year first, like 2021-01-31 or 2021/01/31.</source>
        <translation>找不到日期列：第 %1 行内容为 %2。日期必须年份在前，例如 2021-01-31 或 2021/01/31。</translation>
    </message>
    <message>
        <source>No column of counts found after the dates: line %1 reads %2. Put the daily counts in a column to the right of the dates.</source>
        <translation>日期之后找不到计数列：第 %1 行内容为 %2。请把每日计数放在日期右边的一列。</translation>
    </message>
    <message>
        <source>Line %1 has no count: expected one in column %2, but the line reads %3.</source>
        <translation>第 %1 行没有计数：第 %2 列应当有一个计数，但这一行的内容为 %3。</translation>
    </message>
    <message>
        <source>Line %1: the date %2 appears twice (also on line %3).</source>
        <translation>第 %1 行：日期 %2 出现了两次（第 %3 行也有）。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a date. Write dates year first, like 2021-01-31.</source>
        <translation>第 %1 行：%2 不是日期。日期请年份在前，例如 2021-01-31。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a real date (%3).</source>
        <translation>第 %1 行：%2 不是真实存在的日期（%3）。</translation>
    </message>
    <message>
        <source>Line %1: the count is missing.</source>
        <translation>第 %1 行：缺少计数。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a finite number.</source>
        <translation>第 %1 行：%2 不是有限的数。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a number (use a dot as the decimal point).</source>
        <translation>第 %1 行：%2 不是数字（请用点作小数点）。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a number.</source>
        <translation>第 %1 行：%2 不是数字。</translation>
    </message>
    <message>
        <source>Line %1: %2 is too large to be a daily count (at most %3).</source>
        <translation>第 %1 行：%2 太大，不可能是一天的计数（最多 %3）。</translation>
    </message>
    <message>
        <source>Line %1: the count %2 is negative; counts cannot be below 0.</source>
        <translation>第 %1 行：计数 %2 是负数；计数不能小于 0。</translation>
    </message>
    <message>
        <source>A curve needs at least 2 points, not %1.</source>
        <translation>曲线至少需要 2 个点，而不是 %1 个。</translation>
    </message>
    <message>
        <source>A drawing must be a non-empty two-dimensional image.</source>
        <translation>手写图必须是非空的二维图像。</translation>
    </message>
    <message>
        <source>A drawing&apos;s ink must lie between 0 (paper) and 1 (ink).</source>
        <translation>手写图的墨迹值必须在 0（纸）和 1（墨）之间。</translation>
    </message>
    <message>
        <source>Only a square drawing can be shrunk to 16×16 as it is.</source>
        <translation>只有正方形的手写图才能直接缩小到 16×16。</translation>
    </message>
    <message>
        <source>A daily series needs one value per date; got %1 dates and %2 values.</source>
        <translation>每日序列需要每个日期一个值；收到 %1 个日期和 %2 个值。</translation>
    </message>
    <message>
        <source>A daily series needs at least one day.</source>
        <translation>每日序列至少需要一天。</translation>
    </message>
    <message>
        <source>The value on %1 is not a finite number.</source>
        <translation>%1 的值不是有限的数。</translation>
    </message>
    <message>
        <source>The dates must go forward, but %1 comes after %2.</source>
        <translation>日期必须向后排，但 %1 排在 %2 之后。</translation>
    </message>
    <message>
        <source>Keep between 1 and %1 days unseen, not %2.</source>
        <translation>测试的天数请在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>Train on at least one year, not %1.</source>
        <translation>请至少用一年来训练，而不是 %1。</translation>
    </message>
    <message>
        <source>The model needs at least one day of features, not %1.</source>
        <translation>模型至少需要一天的特征，而不是 %1。</translation>
    </message>
    <message>
        <source>To use %1 previous days as features the series needs at least %2 days, but it has only %3.</source>
        <translation>要用前 %1 天作特征，序列至少需要 %2 天，但它只有 %3 天。</translation>
    </message>
    <message>
        <source>Every %1-day window of the series touches a missing day: no example is left.</source>
        <translation>序列中每个 %1 天的窗口都碰到了缺失的日子：一个样本也没有剩下。</translation>
    </message>
    <message>
        <source>There is no built-in data set %1.</source>
        <translation>没有内置数据集 %1。</translation>
    </message>
    <message>
        <source>Missing days are filled or dropped, not %1.</source>
        <translation>缺失的日子只能填补或舍去，不能是 %1。</translation>
    </message>
    <message>
        <source>The first unseen day %1 is not a date.</source>
        <translation>第一个测试日 %1 不是日期。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a folder, a device or a pipe).</source>
        <translation>%1 不是普通文件（它是文件夹、设备或管道）。</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Only %1 neurons have a kink to spread, not %2.</source>
        <translation>只有 %1 个神经元有可以分散的拐点，而不是 %2 个。</translation>
    </message>
    <message>
        <source>Spreading kinks needs at least one neuron and an interval with hi &gt; lo.</source>
        <translation>分散拐点需要至少一个神经元，以及一个 hi &gt; lo 的区间。</translation>
    </message>
    <message>
        <source>The slice is drawn for MSE or MAE, not %1.</source>
        <translation>切面只针对 MSE 或 MAE 绘制，不针对 %1。</translation>
    </message>
    <message>
        <source>Cross-entropy needs whole-number class labels (0, 1, 2, …).</source>
        <translation>交叉熵需要整数的类别标签（0、1、2……）。</translation>
    </message>
    <message>
        <source>Class labels must lie between 0 and %1 for a network with %2 outputs.</source>
        <translation>对有 %2 个输出的网络，类别标签必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>%1 labels for %2 samples.</source>
        <translation>%2 个样本却有 %1 个标签。</translation>
    </message>
    <message>
        <source>Unknown loss %1; choose one of: %2.</source>
        <translation>未知的损失 %1；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>Accuracy needs at least one sample.</source>
        <translation>计算准确率至少需要一个样本。</translation>
    </message>
    <message>
        <source>%1 true labels for %2 predictions.</source>
        <translation>%2 个预测却有 %1 个真实标签。</translation>
    </message>
    <message>
        <source>Classes must lie between 0 and %1.</source>
        <translation>类别必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>A layer needs a whole number of neurons, not %1.</source>
        <translation>一层的神经元数必须是整数，而不是 %1。</translation>
    </message>
    <message>
        <source>A layer needs at least one neuron.</source>
        <translation>一层至少需要一个神经元。</translation>
    </message>
    <message>
        <source>A network needs at least one input, not %1.</source>
        <translation>网络至少需要一个输入，而不是 %1。</translation>
    </message>
    <message>
        <source>A network needs at least an output layer.</source>
        <translation>网络至少需要一个输出层。</translation>
    </message>
    <message>
        <source>Expected %1 arrays of %2, got %3.</source>
        <translation>应有 %1 个%2数组，收到的是 %3 个。</translation>
    </message>
    <message>
        <source>Layer %1 %2 must have shape %3, not %4.</source>
        <translation>第 %1 层的%2形状必须是 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>Layer %1 %2 contain NaN or infinity.</source>
        <translation>第 %1 层的%2中含有 NaN 或无穷大。</translation>
    </message>
    <message>
        <source>The network description is incomplete or malformed (%1).</source>
        <translation>网络描述不完整或格式有误（%1）。</translation>
    </message>
    <message>
        <source>The network has %1 input(s); the data has shape %2.</source>
        <translation>网络有 %1 个输入；数据的形状是 %2。</translation>
    </message>
    <message>
        <source>The network has %1 output(s); the targets have shape %2.</source>
        <translation>网络有 %1 个输出；目标的形状是 %2。</translation>
    </message>
    <message>
        <source>Give the number of inputs and at least one layer, each at least 1.</source>
        <translation>请给出输入个数和至少一层，每个数都至少为 1。</translation>
    </message>
    <message>
        <source>Unknown optimizer %1; choose one of: %2.</source>
        <translation>未知的优化器 %1；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>Unknown task %1.</source>
        <translation>未知的任务 %1。</translation>
    </message>
    <message>
        <source>The training inputs must be a non-empty table (samples × features).</source>
        <translation>训练输入必须是非空的表格（样本 × 特征）。</translation>
    </message>
    <message>
        <source>The series is too short for this split: no day before %1 can be learned from (choose a later first unseen day).</source>
        <translation>序列太短，无法这样划分：%1 之前没有可以学习的日子（请选一个更晚的第一个测试日）。</translation>
    </message>
    <message>
        <source>The series is too short for this split: no day from %1 on can be kept unseen (choose an earlier first unseen day).</source>
        <translation>序列太短，无法这样划分：从 %1 起没有可以留作测试的日子（请选一个更早的第一个测试日）。</translation>
    </message>
    <message>
        <source>The views never change on the training days, so x cannot be standardised.</source>
        <translation>训练期间的观看量从未变化，所以 x 无法标准化。</translation>
    </message>
    <message>
        <source>Only the views data can be cut to their last years.</source>
        <translation>只有观看量数据才能截取最后几年。</translation>
    </message>
    <message>
        <source>Train on a whole number of years ≥ 1, not %1.</source>
        <translation>训练年数必须是 ≥ 1 的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>There are no training days in the last %1 year(s).</source>
        <translation>最后 %1 年中没有训练日。</translation>
    </message>
    <message>
        <source>Unknown curve %1; choose one of: %2.</source>
        <translation>未知的曲线 %1；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>This run cannot be saved, because it could not be opened again: %1</source>
        <translation>无法保存这次训练，因为保存后无法再次打开：%1</translation>
    </message>
    <message>
        <source>The training state cannot be saved: %1.</source>
        <translation>无法保存训练状态：%1。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an applet session, or it is damaged (%2).</source>
        <translation>%1 不是本程序的会话文件，或者已经损坏（%2）。</translation>
    </message>
    <message>
        <source>it has no %1, so it is not an applet session.</source>
        <translation>其中没有 %1，所以不是本程序的会话文件。</translation>
    </message>
    <message>
        <source>its %1 would unpack to %2 MB, more than a session holds (at most %3 MB).</source>
        <translation>其中的 %1 解压后有 %2 MB，超过会话文件可能的大小（最多 %3 MB）。</translation>
    </message>
    <message>
        <source>its %1 cannot be unpacked (%2).</source>
        <translation>其中的 %1 无法解压（%2）。</translation>
    </message>
    <message>
        <source>session.json contains %1, which is not a number a session can hold.</source>
        <translation>session.json 中含有 %1，这不是会话文件能保存的数。</translation>
    </message>
    <message>
        <source>session.json is not valid JSON (%1).</source>
        <translation>session.json 不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>session.json is nested more than %1 levels deep; a session never is.</source>
        <translation>session.json 的嵌套超过 %1 层；会话文件从不会这样。</translation>
    </message>
    <message>
        <source>session.json does not describe an applet session.</source>
        <translation>session.json 描述的不是本程序的会话。</translation>
    </message>
    <message>
        <source>its format version %1 is unknown; this applet reads version %2.</source>
        <translation>其格式版本 %1 未知；本程序读取的是版本 %2。</translation>
    </message>
    <message>
        <source>it was saved in session format %1 (by applet %2), which is newer than this applet (%3, format %4) can read. Update the applet to open it.</source>
        <translation>它以会话格式 %1 保存（由程序版本 %2 保存），比本程序（%3，格式 %4）能读取的更新。请更新本程序后再打开。</translation>
    </message>
    <message>
        <source>its arrays would unpack to %1 MB from %2 kB, far more than any session holds.</source>
        <translation>其中的数组会从 %2 kB 解压成 %1 MB，远超任何会话文件的大小。</translation>
    </message>
    <message>
        <source>its arrays (%1) cannot be read (%2).</source>
        <translation>其中的数组（%1）无法读取（%2）。</translation>
    </message>
    <message>
        <source>its array %1 is larger than %2 MB.</source>
        <translation>其中的数组 %1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>its array %1 has an unknown format %2.</source>
        <translation>其中的数组 %1 格式未知（%2）。</translation>
    </message>
    <message>
        <source>its array %1 declares %2 values but holds fewer.</source>
        <translation>其中的数组 %1 声明有 %2 个值，实际却更少。</translation>
    </message>
    <message>
        <source>it uses the lesson %1, which this applet does not have.</source>
        <translation>它用的是课程 %1，本程序没有这一课。</translation>
    </message>
    <message>
        <source>its history holds a parameter path, but tracing the path is off.</source>
        <translation>其历史记录中有参数路径，但记录路径的选项是关闭的。</translation>
    </message>
    <message>
        <source>the trainer&apos;s %1 (%2) disagrees with training.%1 (%3).</source>
        <translation>训练器的 %1（%2）与 training.%1（%3）不一致。</translation>
    </message>
    <message>
        <source>The saved network has %1 inputs, but the lesson&apos;s data have %2.</source>
        <translation>保存的网络有 %1 个输入，但这一课的数据有 %2 个。</translation>
    </message>
    <message>
        <source>The saved network has %1 outputs, but the lesson needs %2.</source>
        <translation>保存的网络有 %1 个输出，但这一课需要 %2 个。</translation>
    </message>
    <message>
        <source>The loss %1 does not suit the lesson&apos;s task (%2).</source>
        <translation>损失 %1 不适合这一课的任务（%2）。</translation>
    </message>
    <message>
        <source>The saved batch order covers %1 samples, but the data have %2.</source>
        <translation>保存的批量顺序涵盖 %1 个样本，但数据有 %2 个。</translation>
    </message>
    <message>
        <source>The saved position in the epoch does not fit the %1 training samples.</source>
        <translation>保存的回合内位置与 %1 个训练样本不符。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 lacks %2.</source>
        <translation>%1 缺少 %2。</translation>
    </message>
    <message>
        <source>%1 has unknown fields: %2.</source>
        <translation>%1 含有未知字段：%2。</translation>
    </message>
    <message>
        <source>%1 must be a whole number ≥ %2, not %3.</source>
        <translation>%1 必须是 ≥ %2 的整数，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数，而不是 %4。</translation>
    </message>
    <message>
        <source>%1 must be a positive number, not %2.</source>
        <translation>%1 必须是正数，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be a finite number, not %2.</source>
        <translation>%1 必须是有限的数，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 必须是文本，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 is %2; known are: %3.</source>
        <translation>%1 是 %2；已知的有：%3。</translation>
    </message>
    <message>
        <source>the %1 are missing or not an array.</source>
        <translation>%1 缺失或不是数组。</translation>
    </message>
    <message>
        <source>the %1 must be whole numbers, not %2.</source>
        <translation>%1 必须是整数，而不是 %2。</translation>
    </message>
    <message>
        <source>the %1 must be real numbers, not %2.</source>
        <translation>%1 必须是实数，而不是 %2。</translation>
    </message>
    <message>
        <source>the %1 have shape %2, but the network needs %3.</source>
        <translation>%1 的形状是 %2，但网络需要 %3。</translation>
    </message>
    <message>
        <source>the %1 must have %2 dimension(s), not %3.</source>
        <translation>%1 必须是 %2 维，而不是 %3 维。</translation>
    </message>
    <message>
        <source>the %1 contain NaN or infinite values.</source>
        <translation>%1 含有 NaN 或无穷大的值。</translation>
    </message>
    <message>
        <source>it refers to an array %1 that %2 does not hold.</source>
        <translation>它引用了数组 %1，但 %2 中没有这个数组。</translation>
    </message>
    <message>
        <source>choices must map each lesson setting to one plain value.</source>
        <translation>choices 必须为每个课程设置给出一个简单的值。</translation>
    </message>
    <message>
        <source>its imported data cannot be read: %1</source>
        <translation>其中导入的数据无法读取：%1</translation>
    </message>
    <message>
        <source>its data settings cannot be used: %1</source>
        <translation>其中的数据设置无法使用：%1</translation>
    </message>
    <message>
        <source>%1 must be a list of names.</source>
        <translation>%1 必须是名称的列表。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>the points&apos; split must hold 0 (training) or 1 (unseen).</source>
        <translation>点的划分只能是 0（训练）或 1（测试数据）。</translation>
    </message>
    <message>
        <source>its points in the plane cannot be used: %1</source>
        <translation>其中平面上的点无法使用：%1</translation>
    </message>
    <message>
        <source>network.seed disagrees with seed.</source>
        <translation>network.seed 与 seed 不一致。</translation>
    </message>
    <message>
        <source>network.layers must be a non-empty list of [units, activation].</source>
        <translation>network.layers 必须是非空的 [神经元数, 激活函数] 列表。</translation>
    </message>
    <message>
        <source>its network has %1 hidden layers; the applet builds at most %2 hidden layers.</source>
        <translation>其中的网络有 %1 个隐藏层；本程序最多构建 %2 个隐藏层。</translation>
    </message>
    <message>
        <source>network layer %1 must be [units, activation].</source>
        <translation>网络第 %1 层必须是 [神经元数, 激活函数]。</translation>
    </message>
    <message>
        <source>training.%1 must be true or false.</source>
        <translation>training.%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>the trainer&apos;s batch order is not a shuffle of the samples.</source>
        <translation>训练器的批量顺序不是样本的一种打乱排列。</translation>
    </message>
    <message>
        <source>%1 must hold the weights and biases of every layer.</source>
        <translation>%1 必须包含每一层的权重和偏置。</translation>
    </message>
    <message>
        <source>the trainer&apos;s random generator state is invalid (%1).</source>
        <translation>训练器的随机数生成器状态无效（%1）。</translation>
    </message>
    <message>
        <source>%1 must hold one array per parameter array (%2).</source>
        <translation>%1 必须为每个参数数组各存一个数组（%2 个）。</translation>
    </message>
    <message>
        <source>the Adam running averages are inconsistent.</source>
        <translation>Adam 的滑动平均前后不一致。</translation>
    </message>
    <message>
        <source>the per-epoch histories have different lengths.</source>
        <translation>各项按回合记录的历史长度不一致。</translation>
    </message>
    <message>
        <source>its history is longer than its run (%1 updates, %2 epochs).</source>
        <translation>其中的历史记录比训练本身还长（%1 次更新，%2 个回合）。</translation>
    </message>
    <message>
        <source>the parameter path has %1 columns, the network %2 parameters.</source>
        <translation>参数路径有 %1 列，而网络有 %2 个参数。</translation>
    </message>
    <message>
        <source>The error surface needs the same, non-zero number of x and y values.</source>
        <translation>误差表面需要数目相同且不为零的 x 值和 y 值。</translation>
    </message>
    <message>
        <source>The data contain NaN or infinite values.</source>
        <translation>数据中含有 NaN 或无穷大的值。</translation>
    </message>
    <message>
        <source>The error surface is drawn for MSE or MAE, not %1.</source>
        <translation>误差表面只针对 MSE 或 MAE 绘制，不针对 %1。</translation>
    </message>
    <message>
        <source>The optimum is computed for MSE or MAE, not %1.</source>
        <translation>最优解只针对 MSE 或 MAE 计算，不针对 %1。</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>L1 regularisation</source>
        <translation>L1 正则化</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>divergence ratio</source>
        <translation>发散比例</translation>
    </message>
    <message>
        <source>gradient tolerance</source>
        <translation>梯度容差</translation>
    </message>
    <message>
        <source>maximum number of updates</source>
        <translation>最大更新次数</translation>
    </message>
    <message>
        <source>maximum number of epochs</source>
        <translation>最大回合数</translation>
    </message>
    <message>
        <source>The %1 must be a number, not %2.</source>
        <translation>%1 必须是数字，而不是 %2。</translation>
    </message>
    <message>
        <source>The %1 must be a positive, finite number, not %2.</source>
        <translation>%1 必须是有限的正数，而不是 %2。</translation>
    </message>
    <message>
        <source>The %1 must be a finite number of 0 or more, not %2.</source>
        <translation>%1 必须是大于或等于 0 的有限数，而不是 %2。</translation>
    </message>
    <message>
        <source>The %1 must be a whole number from 1 to %2, not %3.</source>
        <translation>%1 必须是 1 到 %2 之间的整数，而不是 %3。</translation>
    </message>
    <message>
        <source>The seed must be a whole number ≥ 0, not %1.</source>
        <translation>随机种子必须是 ≥ 0 的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>Validation data need both inputs and targets.</source>
        <translation>验证数据需要同时有输入和目标。</translation>
    </message>
    <message>
        <source>The divergence ratio must be more than 1, not %1.</source>
        <translation>发散比例必须大于 1，而不是 %1。</translation>
    </message>
    <message>
        <source>The %1 inputs contain NaN or infinite values; remove or fix those rows.</source>
        <translation>%1输入中含有 NaN 或无穷大的值；请删除或修正这些行。</translation>
    </message>
    <message>
        <source>The %1 targets contain NaN or infinite values; remove or fix those rows.</source>
        <translation>%1目标中含有 NaN 或无穷大的值；请删除或修正这些行。</translation>
    </message>
    <message>
        <source>The %1 data have %2 inputs but %3 targets.</source>
        <translation>%1数据有 %2 个输入，却有 %3 个目标。</translation>
    </message>
    <message>
        <source>The %1 data are empty.</source>
        <translation>%1数据是空的。</translation>
    </message>
    <message>
        <source>The batch size must be a whole number ≥ 1, not %1.</source>
        <translation>批量大小必须是 ≥ 1 的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>The weight decay λ must be zero or a positive, finite number, not %1.</source>
        <translation>权重衰减 λ 必须是 0 或有限的正数，而不是 %1。</translation>
    </message>
    <message>
        <source>The L1 strength λ₁ must be zero or a positive, finite number, not %1.</source>
        <translation>L1 强度 λ₁ 必须是 0 或正的有限数，而不是 %1。</translation>
    </message>
    <message>
        <source>Switching between classification and regression needs new data.</source>
        <translation>在分类和回归之间切换需要新的数据。</translation>
    </message>
    <message>
        <source>Give a number of updates or a stopping rule, or training never ends.</source>
        <translation>请给出更新次数或停止规则，否则训练永远不会结束。</translation>
    </message>
    <message>
        <source>Stepping back needs the recorded path of parameters; this run does not keep it.</source>
        <translation>后退一步需要记录下来的参数路径；这次训练没有记录它。</translation>
    </message>
    <message>
        <source>Nothing to step back: this is where gradient descent started.</source>
        <translation>无法后退：这里就是梯度下降的起点。</translation>
    </message>
    <message>
        <source>Stepping back needs the previous point of the path, which was not kept.</source>
        <translation>后退一步需要路径上的前一个点，但它没有被保留。</translation>
    </message>
    <message>
        <source>Stepping back works with plain gradient descent only: momentum and Adam remember earlier steps.</source>
        <translation>只有普通梯度下降才能后退一步：动量和 Adam 会记住之前的步子。</translation>
    </message>
    <message>
        <source>Stepping back works with full-batch gradient descent only: a shuffled mini-batch cannot be un-shuffled.</source>
        <translation>只有全批量梯度下降才能后退一步：打乱过的小批量无法还原。</translation>
    </message>
    <message>
        <source>No validation loss has been measured yet: train at least one epoch with unseen data.</source>
        <translation>还没有测量过验证损失：请在有测试数据的情况下至少训练一个回合。</translation>
    </message>
    <message>
        <source>Unknown lesson %1; choose one of: %2.</source>
        <translation>未知的课程 %1；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>A script cannot reproduce L1 regularisation yet: set λ₁ to 0 to export the run.</source>
        <translation>脚本还不能重现 L1 正则化：请把 λ₁ 设为 0 再导出这次运行。</translation>
    </message>
    <message>
        <source>The number of updates must be a whole number ≥ 0, not %1.</source>
        <translation>更新次数必须是 ≥ 0 的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>The activation %1 cannot be exported yet.</source>
        <translation>激活函数 %1 暂时还不能导出。</translation>
    </message>
    <message>
        <source>The activation %1 cannot be exported to PyTorch yet.</source>
        <translation>激活函数 %1 暂时还不能导出到 PyTorch。</translation>
    </message>
    <message>
        <source>Unknown flavour %1; choose numpy or torch.</source>
        <translation>未知的类型 %1；请选择 numpy 或 torch。</translation>
    </message>
    <message>
        <source>The inputs and targets must be finite numbers.</source>
        <translation>输入和目标必须是有限的数。</translation>
    </message>
    <message>
        <source>The target class must be between 0 and %1.</source>
        <translation>目标类别必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Every sample of the batch needs all inputs and targets.</source>
        <translation>批量中的每个样本都需要全部输入和目标。</translation>
    </message>
    <message>
        <source>Choose 1 to %1 samples.</source>
        <translation>请选择 1 到 %1 个样本。</translation>
    </message>
    <message>
        <source>Choose 1 to %1 inputs.</source>
        <translation>请选择 1 到 %1 个输入。</translation>
    </message>
    <message>
        <source>Choose 1 to %1 layers of 1 to %2 neurons.</source>
        <translation>请选择 1 到 %1 层，每层 1 到 %2 个神经元。</translation>
    </message>
    <message>
        <source>Speed must be one of %1 updates per second.</source>
        <translation>速度必须是每秒 %1 次更新中的一种。</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>未知的设置 %1。</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly (exit code %1).</source>
        <translation>训练进程意外结束（退出码 %1）。</translation>
    </message>
    <message>
        <source>There is no built-in set of points %1; choose one of: %2.</source>
        <translation>没有名为 %1 的内置点集；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>A set of points needs between 2 and %1 points, not %2.</source>
        <translation>一个点集需要 2 到 %1 个点，而不是 %2。</translation>
    </message>
    <message>
        <source>The noise must be a number from 0 to %1, not %2.</source>
        <translation>噪声必须是 0 到 %1 之间的数，而不是 %2。</translation>
    </message>
    <message>
        <source>Points in the plane have two coordinates, x1 and x2.</source>
        <translation>平面上的点有两个坐标：x1 和 x2。</translation>
    </message>
    <message>
        <source>Choose at least one input feature.</source>
        <translation>请至少选择一个输入特征。</translation>
    </message>
    <message>
        <source>Unknown feature %1; choose among: %2.</source>
        <translation>未知的特征 %1；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>Each feature can be chosen once only.</source>
        <translation>每个特征只能选一次。</translation>
    </message>
    <message>
        <source>The feature %1 is too large to compute for some points: their coordinates are too large.</source>
        <translation>特征 %1 对某些点大得无法计算：这些点的坐标太大了。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a table of points is far smaller (at most %3 MB). Is it the right file?</source>
        <translation>%1 有 %2 MB；点的表格要小得多（最多 %3 MB）。是不是选错了文件？</translation>
    </message>
    <message>
        <source>Line %1: a coordinate is missing.</source>
        <translation>第 %1 行：缺少一个坐标。</translation>
    </message>
    <message>
        <source>The file has no rows of points (x1, x2, label).</source>
        <translation>文件中没有点的行（x1, x2, 标签）。</translation>
    </message>
    <message>
        <source>The file has %1 points; the applet reads at most %2.</source>
        <translation>文件有 %1 个点；本程序最多读取 %2 个。</translation>
    </message>
    <message>
        <source>Line %1 has no label: a point is written x1, x2, label, but the line reads %2.</source>
        <translation>第 %1 行没有标签：一个点应写作 x1, x2, 标签，但这一行是 %2。</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells: a point is written x1, x2, label, but the line reads %3.</source>
        <translation>第 %1 行有 %2 个单元格：一个点应写作 x1, x2, 标签，但这一行是 %3。</translation>
    </message>
    <message>
        <source>Line %1: the label %2 would be class %3; the applet reads at most %4 classes.</source>
        <translation>第 %1 行：标签 %2 将是第 %3 个类别；本程序最多读取 %4 个类别。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 all have the label %3: classifying needs at least two classes.</source>
        <translation>第 %1 到 %2 行的标签都是 %3：分类至少需要两个类别。</translation>
    </message>
    <message>
        <source>Keep a share from 0 to %1 of the points unseen, not %2.</source>
        <translation>留作测试数据的点的比例应在 0 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>Each point needs two coordinates, a class and a split.</source>
        <translation>每个点需要两个坐标、一个类别和所属的划分。</translation>
    </message>
    <message>
        <source>Every coordinate of a point must be a finite number.</source>
        <translation>点的每个坐标都必须是有限的数。</translation>
    </message>
    <message>
        <source>Points come in %1 to %2 classes with different names.</source>
        <translation>点要分成 %1 到 %2 个名称不同的类别。</translation>
    </message>
    <message>
        <source>A point&apos;s class must be one of the %1 classes.</source>
        <translation>点的类别必须是这 %1 个类别之一。</translation>
    </message>
    <message>
        <source>At least one point must be left to train on.</source>
        <translation>至少要留一个点用于训练。</translation>
    </message>
    <message>
        <source>Each point needs a finite number as its target.</source>
        <translation>每个点都需要一个有限数作为目标值。</translation>
    </message>
    <message>
        <source>Points with a number to predict cannot be added by a click.</source>
        <translation>带有待预测数值的点不能通过点击添加。</translation>
    </message>
    <message>
        <source>%1 is neither a built-in set of points (%2) nor a CSV file.</source>
        <translation>%1 既不是内置点集（%2），也不是 CSV 文件。</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>First unseen day</source>
        <translation>第一个测试日</translation>
    </message>
    <message>
        <source>Unseen days</source>
        <translation>测试天数</translation>
    </message>
    <message>
        <source>synthetic channel</source>
        <translation>合成频道</translation>
    </message>
    <message>
        <source>real: Wikipedia views of R</source>
        <translation>真实数据：维基百科 R 词条浏览量</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>Synthetic: a generated channel modelled on the lecture&apos;s (2017–2021). Real: daily page views of the English Wikipedia article “R (programming language)”, 2008–2015. Imported: your own CSV (File → Import views CSV).</source>
        <translation>合成：仿照课上频道生成的数据（2017–2021）。真实：英文维基百科“R (programming language)”词条的每日浏览量，2008–2015。导入：你自己的 CSV（文件 → 导入观看量 CSV）。</translation>
    </message>
    <message>
        <source>fill by linear interpolation (marked ×)</source>
        <translation>用线性插值填补（标记为 ×）</translation>
    </message>
    <message>
        <source>leave out the examples that touch them</source>
        <translation>去掉涉及这些天的样本</translation>
    </message>
    <message>
        <source>The lecture trains on the four years before this day and keeps the days from it on unseen.</source>
        <translation>课上用这一天之前的四年训练，从这一天起的数据留作测试数据。</translation>
    </message>
    <message>
        <source>How many days from the first unseen day are kept unseen (L′).</source>
        <translation>从第一个测试日起，有多少天留作测试数据（L′）。</translation>
    </message>
    <message>
        <source>Missing days (%1)</source>
        <translation>缺失天数（%1）</translation>
    </message>
    <message>
        <source>%1 days between the first and the last date have no count.</source>
        <translation>第一天到最后一天之间有 %1 天没有数据。</translation>
    </message>
    <message>
        <source>%1 training days, %2 unseen.</source>
        <translation>训练 %1 天，测试 %2 天。</translation>
    </message>
    <message>
        <source>%1 of them filled (×).</source>
        <translation>其中 %1 天是填补的（×）。</translation>
    </message>
    <message>
        <source>%1 examples left out.</source>
        <translation>去掉了 %1 个样本。</translation>
    </message>
    <message>
        <source>Training days: %1 to %2. Unseen days: %3 to %4. Filled: the day had no count and got one on the straight line between its neighbours. Left out: the example&apos;s target or one of its feature days had no count.</source>
        <translation>训练日：%1 至 %2。测试日：%3 至 %4。填补：这一天没有数据，取前后相邻两天连线上的值。去掉：样本的目标日或某个特征日没有数据。</translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>MMM</source>
        <translation>M月</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>DecisionMapPanel</name>
    <message>
        <source>Decision map</source>
        <translation>决策图</translation>
    </message>
    <message>
        <source>Click adds a point of class</source>
        <translation>单击添加此类别的点</translation>
    </message>
    <message>
        <source>A click on the map adds a training point of this class; a click on a training point shows its backpropagation; a right-click on a point removes it.</source>
        <translation>在图上单击，添加一个这一类别的训练点；单击一个训练点，显示它的反向传播；右击一个点可以删除它。</translation>
    </message>
    <message>
        <source>Show unseen points</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>Unseen points (hollow rings) are not trained on: L′ is their loss.</source>
        <translation>测试数据（空心圆圈）不参与训练：L′ 是它们上的损失。</translation>
    </message>
    <message>
        <source>Discretise output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <source>Show only the network&apos;s answer: the class it picks at each point (no shades of probability), or for a number to predict only its sign, below 0 or from 0 up.</source>
        <translation>只显示网络的答案：它在每个点选择的类别（没有概率的深浅），或者对待预测的数值只显示它的符号：小于 0，或大于等于 0。</translation>
    </message>
    <message>
        <source>Loss: training L = %1, unseen L′ = %2</source>
        <translation>损失：训练 L = %1，测试 L′ = %2</translation>
    </message>
    <message>
        <source>Accuracy: training %1, unseen %2</source>
        <translation>准确率：训练数据 %1，测试数据 %2</translation>
    </message>
    <message>
        <source>The decision map draws points in the plane (the free-play lesson).</source>
        <translation>决策图画的是平面上的点（自由练习一课）。</translation>
    </message>
    <message>
        <source>Input %1 of the first layer: its value over the plane</source>
        <translation>第一层的输入 %1：它在平面上的值</translation>
    </message>
    <message>
        <source>Neuron %1 of layer %2: its output over the plane</source>
        <translation>第 %2 层的神经元 %1：它在平面上的输出</translation>
    </message>
    <message>
        <source>, orange below its middle, blue above; the black line is still the decision boundary.</source>
        <translation>，低于中间值为橙色，高于为蓝色；黑线仍是决策边界。</translation>
    </message>
    <message>
        <source>The network&apos;s outputs are no longer finite numbers: the map shows the last finite ones.</source>
        <translation>网络的输出已不再是有限的数：图中显示的是最后一次有限的输出。</translation>
    </message>
    <message>
        <source>Colour: the sign of the predicted value, orange below 0, blue from 0 up; the points in the colour of their target.</source>
        <translation>颜色：预测值的符号，小于 0 为橙色，大于等于 0 为蓝色；各点的颜色是它们的目标值。</translation>
    </message>
    <message>
        <source>Colour: the predicted value, from orange (−1) through white (0) to blue (+1); the points in the colour of their target.</source>
        <translation>颜色：预测值，从橙色（−1）经白色（0）到蓝色（+1）；各点的颜色是它们的目标值。</translation>
    </message>
    <message>
        <source>Colour: the class the network picks at each point; the black line is where it changes.</source>
        <translation>颜色：网络在每个点选择的类别；黑线是类别改变的地方。</translation>
    </message>
    <message>
        <source>Colour: the probability of class 1, from orange (0) through white (0.5) to blue (1); the black line is p = 0.5, where the answer changes.</source>
        <translation>颜色：类别 1 的概率，从橙色（0）经过白色（0.5）到蓝色（1）；黑线是 p = 0.5，即回答改变的地方。</translation>
    </message>
    <message>
        <source>Colour: the most probable class; pale where the network is unsure.</source>
        <translation>颜色：概率最大的类别；网络没有把握的地方颜色较浅。</translation>
    </message>
</context>
<context>
    <name>DigitsPanel</name>
    <message>
        <source>Digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>Which test digits the grid shows; click a cell of the confusion matrix to see the digits it counts.</source>
        <translation>网格显示哪些测试数字；点击混淆矩阵的格子可查看它统计的数字。</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the network&apos;s answer. The blue diagonal is right, orange cells are mistakes.</source>
        <translation>行：真实数字；列：网络的回答。蓝色对角线是答对的，橙色格子是答错的。</translation>
    </message>
    <message>
        <source>all test digits (%1)</source>
        <translation>全部测试数字（%1）</translation>
    </message>
    <message>
        <source>mistakes only</source>
        <translation>只看错误</translation>
    </message>
    <message>
        <source>mistakes only (%1)</source>
        <translation>只看错误（%1）</translation>
    </message>
    <message>
        <source>true %1, predicted %2 (%3)</source>
        <translation>真实 %1，预测 %2（%3）</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>真实 %1</translation>
    </message>
    <message>
        <source>test digit %1: true %2, predicted %3</source>
        <translation>测试数字 %1：真实 %2，预测 %3</translation>
    </message>
    <message>
        <source>Test digit %1 · true label: %2</source>
        <translation>测试数字 %1 · 真实标签：%2</translation>
    </message>
    <message>
        <source>Test digit %1
true label: %2
predicted: %3 (%4 %)
✓ right</source>
        <translation>测试数字 %1
真实标签：%2
预测：%3（%4 %）
✓ 正确</translation>
    </message>
    <message>
        <source>Test digit %1
true label: %2
predicted: %3 (%4 %)
✗ wrong</source>
        <translation>测试数字 %1
真实标签：%2
预测：%3（%4 %）
✗ 错误</translation>
    </message>
    <message>
        <source>Test accuracy: %1 % (%2 of %3 digits right)</source>
        <translation>测试准确率：%1 %（%3 个数字中答对 %2 个）</translation>
    </message>
</context>
<context>
    <name>DrawPadPanel</name>
    <message>
        <source>Draw a digit</source>
        <translation>手写一个数字</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>笔刷</translation>
    </message>
    <message>
        <source>Stroke width in pad pixels (the pad is 224 pixels wide).</source>
        <translation>笔画宽度，以画板像素计（画板宽 224 像素）。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Erase the pad and draw a new digit.</source>
        <translation>擦掉画板，重新写一个数字。</translation>
    </message>
    <message>
        <source>centre and scale like MNIST</source>
        <translation>像 MNIST 一样居中并缩放</translation>
    </message>
    <message>
        <source>MNIST scaled each digit so its longer side fills 20 of 28 pixels and put its centre of mass in the middle. Untick to shrink the pad as it is: a digit drawn small or in a corner then looks nothing like the training digits.</source>
        <translation>MNIST 把每个数字缩放到长边占 28 像素中的 20 像素，并把它的质心放在正中。取消勾选则把画板原样缩小：画得太小或画在角落的数字，就和训练数字完全不像了。</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>网络看到的</translation>
    </message>
    <message>
        <source>Your drawing as the network&apos;s 16×16 = 256 inputs, prepared like the training digits.</source>
        <translation>你写的数字变成网络的 16×16 = 256 个输入，处理方式与训练数字相同。</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>The network says: %1 (%2 %)</source>
        <translation>网络认为是：%1（%2 %）</translation>
    </message>
    <message>
        <source>Draw a digit in the box with the mouse.</source>
        <translation>用鼠标在方框里写一个数字。</translation>
    </message>
    <message>
        <source>This network is too large to copy its weights while it trains: pause to see its answer.</source>
        <translation>这个网络太大，训练时无法复制它的权重：暂停后即可看到它的回答。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The applet keeps working: you can go on, or save your session and restart it.</source>
        <translation>程序仍在运行：你可以继续，或者保存会话后重新启动。</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>详细信息已写入 %1。</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copy the versions and the traceback, to paste into a bug report.</source>
        <translation>复制版本信息和调用栈，以便粘贴到错误报告中。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1

(%2 errors so far; the details hold each of them.)</source>
        <translation>%1

（到目前为止共 %2 个错误；详细信息中包含每一个。）</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
</context>
<context>
    <name>ExampleEditor</name>
    <message>
        <source>hand-picked (Mazur)</source>
        <translation>精选示例（Mazur）</translation>
    </message>
    <message>
        <source>random, from the seed</source>
        <translation>随机（由随机种子生成）</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>有效数字</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>inputs x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>labels ŷ</source>
        <translation>标签 ŷ</translation>
    </message>
    <message>
        <source>Label ŷₖ: the output the network should give.</source>
        <translation>标签 ŷₖ：网络应当给出的输出。</translation>
    </message>
    <message>
        <source>target class</source>
        <translation>目标类别</translation>
    </message>
    <message>
        <source>Network and sample</source>
        <translation>网络与样本</translation>
    </message>
    <message>
        <source>Hand-picked: the 2-2-2 sigmoid network of Matt Mazur&apos;s “A Step by Step Backpropagation Example” (2015); every number the trace shows is in his article. Random: the current shape with weights, biases, inputs and targets drawn from the seed, rounded to two decimals.</source>
        <translation>精选示例：Matt Mazur《A Step by Step Backpropagation Example》（2015）中的 2-2-2 sigmoid 网络；追踪中显示的每个数字都能在他的文章里找到。随机：保持当前结构，权重、偏置、输入和目标由随机种子生成，保留两位小数。</translation>
    </message>
    <message>
        <source>Learning rate η of the update w⁺ = w − η·∂L/∂w.</source>
        <translation>更新 w⁺ = w − η·∂L/∂w 中的学习率 η。</translation>
    </message>
    <message>
        <source>Significant digits of the numbers shown (values are exact inside).</source>
        <translation>显示数字的有效位数（内部计算是精确的）。</translation>
    </message>
    <message>
        <source>Layers with weights: the hidden layers and the output layer.</source>
        <translation>带权重的层：隐藏层和输出层。</translation>
    </message>
    <message>
        <source>Random seed of the random preset: weights, biases, inputs and targets.</source>
        <translation>随机预设的随机种子：决定权重、偏置、输入和目标。</translation>
    </message>
    <message>
        <source>Number of inputs (features) of the network.</source>
        <translation>网络的输入（特征）个数。</translation>
    </message>
    <message>
        <source>Number of neurons in this layer.</source>
        <translation>这一层的神经元个数。</translation>
    </message>
    <message>
        <source>Activation function σ of this layer&apos;s neurons: a = σ(z).</source>
        <translation>这一层神经元的激活函数 σ：a = σ(z)。</translation>
    </message>
    <message>
        <source>Loss: how the output is compared with the target.</source>
        <translation>损失：如何把输出和目标相比较。</translation>
    </message>
    <message>
        <source>Input value xᵢ of the sample.</source>
        <translation>样本的输入值 xᵢ。</translation>
    </message>
    <message>
        <source>Target class: the index of the right output for cross-entropy.</source>
        <translation>目标类别：交叉熵中正确输出的编号。</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Pictures are saved as PNG or SVG, not %1.</source>
        <translation>图片只能保存为 PNG 或 SVG，不能是 %1。</translation>
    </message>
    <message>
        <source>a file without suffix</source>
        <translation>没有扩展名的文件</translation>
    </message>
    <message>
        <source>&amp;Export panel as picture…</source>
        <translation>将面板导出为图片(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the focused panel as PNG or SVG.</source>
        <translation>把当前面板保存为 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>Export &amp;loss history (CSV)…</source>
        <translation>导出损失历史 (CSV)(&amp;L)…</translation>
    </message>
    <message>
        <source>Export &amp;predictions (CSV)…</source>
        <translation>导出预测结果 (CSV)(&amp;P)…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>导出损失历史</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export predictions</source>
        <translation>导出预测结果</translation>
    </message>
</context>
<context>
    <name>FirstLayerPanel</name>
    <message>
        <source>What the first layer looks at</source>
        <translation>第一层在看什么</translation>
    </message>
    <message>
        <source>Each square: one neuron&apos;s 256 weights. Blue: ink there raises its z; orange: ink there lowers it.</source>
        <translation>每个方块：一个神经元的 256 个权重。蓝色：那里有墨迹会提高它的 z；橙色：那里有墨迹会降低它的 z。</translation>
    </message>
    <message>
        <source>A first-layer neuron computes z = b + Σ wⱼ·xⱼ over the 256 pixels, so its weights form a 16×16 image. Each square is scaled to its own largest |w|.</source>
        <translation>第一层的神经元对 256 个像素计算 z = b + Σ wⱼ·xⱼ，所以它的权重构成一幅 16×16 的图像。每个方块按它自己最大的 |w| 缩放颜色。</translation>
    </message>
    <message>
        <source>output for digit %1: weights from %2 to %3</source>
        <translation>数字 %1 的输出：权重从 %2 到 %3</translation>
    </message>
    <message>
        <source>neuron %1: weights from %2 to %3</source>
        <translation>神经元 %1：权重从 %2 到 %3</translation>
    </message>
    <message>
        <source>The first %1 of %2 neurons.</source>
        <translation>共 %2 个神经元中的前 %1 个。</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>New Year</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>圣诞节</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>training days</source>
        <translation>训练日</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>unseen days</source>
        <translation>测试日</translation>
    </message>
    <message>
        <source>unseen data</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>filled (was missing)</source>
        <translation>填补（原本缺失）</translation>
    </message>
    <message>
        <source>x₁ standardised (mean 0, sd 1)</source>
        <translation>x₁ 已标准化（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>views yesterday, x₁ (%1)</source>
        <translation>昨天的观看量 x₁（%1）</translation>
    </message>
    <message>
        <source>views that day, y (%1)</source>
        <translation>当天的观看量 y（%1）</translation>
    </message>
    <message>
        <source>ŷ − y (%1)</source>
        <translation>ŷ − y（%1）</translation>
    </message>
    <message>
        <source>Error on each unseen day: ŷ − y (above 0: too high)</source>
        <translation>每个测试日的误差：ŷ − y（大于 0：预测偏高）</translation>
    </message>
    <message>
        <source>Synthetic data (a generated channel)</source>
        <translation>合成数据（生成的频道）</translation>
    </message>
    <message>
        <source>Real data: Wikipedia views of &quot;R (programming language)&quot;</source>
        <translation>真实数据：维基百科“R (programming language)”词条浏览量</translation>
    </message>
    <message>
        <source>Imported data: %1</source>
        <translation>导入的数据：%1</translation>
    </message>
    <message>
        <source>views (%1)</source>
        <translation>观看量（%1）</translation>
    </message>
</context>
<context>
    <name>LayerBuilderPanel</name>
    <message>
        <source>linear (no hidden layer)</source>
        <translation>线性（没有隐藏层）</translation>
    </message>
    <message>
        <source>3 sigmoids</source>
        <translation>3 个 sigmoid</translation>
    </message>
    <message>
        <source>10 ReLU</source>
        <translation>10 个 ReLU</translation>
    </message>
    <message>
        <source>100 ReLU</source>
        <translation>100 个 ReLU</translation>
    </message>
    <message>
        <source>1000 ReLU</source>
        <translation>1000 个 ReLU</translation>
    </message>
    <message>
        <source>2 layers of 100 ReLU</source>
        <translation>2 层，每层 100 个 ReLU</translation>
    </message>
    <message>
        <source>3 layers of 100 ReLU</source>
        <translation>3 层，每层 100 个 ReLU</translation>
    </message>
    <message>
        <source>4 layers of 100 ReLU</source>
        <translation>4 层，每层 100 个 ReLU</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>网络层</translation>
    </message>
    <message>
        <source>At most %1 hidden layers.</source>
        <translation>最多 %1 个隐藏层。</translation>
    </message>
    <message>
        <source>Neurons in this hidden layer.</source>
        <translation>这个隐藏层的神经元个数。</translation>
    </message>
    <message>
        <source>Activation function σ of this layer&apos;s neurons: a = σ(z).</source>
        <translation>这一层神经元的激活函数 σ：a = σ(z)。</translation>
    </message>
    <message>
        <source>%1 parameters (%2 weights + %3 biases)</source>
        <translation>%1 个参数（%2 个权重 + %3 个偏置）</translation>
    </message>
    <message>
        <source>Not applied yet: “Apply” builds this network from the seed and starts training again.</source>
        <translation>尚未应用：按“应用”会按随机种子构建这个网络，并重新开始训练。</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 个输入</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 个输入</translation>
    </message>
    <message>
        <source>%1 + softmax</source>
        <translation>%1 + softmax</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The output layer follows the task: one linear neuron per predicted number, or one per class with softmax.</source>
        <translation>输出层由任务决定：每个要预测的数对应一个线性神经元，或者每个类别一个神经元再加 softmax。</translation>
    </message>
    <message>
        <source>Move this layer towards the inputs</source>
        <translation>把这一层移向输入端</translation>
    </message>
    <message>
        <source>Move this layer towards the output</source>
        <translation>把这一层移向输出端</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除这一层</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>choose a network…</source>
        <translation>选择一个网络…</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>添加一层</translation>
    </message>
    <message>
        <source>Add a hidden layer in front of the output layer.</source>
        <translation>在输出层前面添加一个隐藏层。</translation>
    </message>
    <message>
        <source>Ready-made networks from the lecture.</source>
        <translation>课上用过的现成网络。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Build this network from the seed and start training again.</source>
        <translation>按随机种子构建这个网络，并重新开始训练。</translation>
    </message>
</context>
<context>
    <name>LessonTextPanel</name>
    <message>
        <source>Lesson</source>
        <translation>课文</translation>
    </message>
    <message>
        <source>This lesson has no text yet.</source>
        <translation>这节课还没有课文。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>MSE (mean squared error)</source>
        <translation>MSE（均方误差）</translation>
    </message>
    <message>
        <source>MAE (mean absolute error)</source>
        <translation>MAE（平均绝对误差）</translation>
    </message>
    <message>
        <source>½·SSE (half the sum of squared errors)</source>
        <translation>½·SSE（误差平方和的一半）</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>双曲正切 tanh</translation>
    </message>
    <message>
        <source>1. Predict tomorrow&apos;s views: y = b + w·x₁</source>
        <translation>1. 预测明天的观看量：y = b + w·x₁</translation>
    </message>
    <message>
        <source>Input x₁</source>
        <translation>输入 x₁</translation>
    </message>
    <message>
        <source>raw: yesterday&apos;s views</source>
        <translation>原始值：昨天的观看量</translation>
    </message>
    <message>
        <source>standardised: (x₁ − mean) / sd</source>
        <translation>标准化：(x₁ − 均值) / 标准差</translation>
    </message>
    <message>
        <source>2. More days of features: 7, 28, 56</source>
        <translation>2. 更多天的特征：7、28、56 天</translation>
    </message>
    <message>
        <source>Days of features</source>
        <translation>特征天数</translation>
    </message>
    <message>
        <source>3. Curves from neurons: y = b + Σ cᵢ·σ(bᵢ + wᵢ·x)</source>
        <translation>3. 用神经元拼曲线：y = b + Σ cᵢ·σ(bᵢ + wᵢ·x)</translation>
    </message>
    <message>
        <source>Target curve</source>
        <translation>目标曲线</translation>
    </message>
    <message>
        <source>the red piecewise-linear curve</source>
        <translation>红色分段线性曲线</translation>
    </message>
    <message>
        <source>a smooth wave</source>
        <translation>平滑的波</translation>
    </message>
    <message>
        <source>a noisy wave</source>
        <translation>带噪声的波</translation>
    </message>
    <message>
        <source>x: the target curve&apos;s input</source>
        <translation>x：目标曲线的输入</translation>
    </message>
    <message>
        <source>x₁, x₂: views 1 and 2 days before</source>
        <translation>x₁、x₂：1 天前和 2 天前的观看量</translation>
    </message>
    <message>
        <source>x₁, x₂, x₇: views 1, 2 and 7 days before</source>
        <translation>x₁、x₂、x₇：1、2、7 天前的观看量</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>神经元个数</translation>
    </message>
    <message>
        <source>Neuron type</source>
        <translation>神经元类型</translation>
    </message>
    <message>
        <source>7. Free play: points in the plane, your model, loss and optimisation</source>
        <translation>7. 自由练习：平面上的点，你的模型、损失和优化</translation>
    </message>
    <message>
        <source>hard sigmoid</source>
        <translation>硬 sigmoid</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>4. Deep networks and overfitting</source>
        <translation>4. 深度网络与过拟合</translation>
    </message>
    <message>
        <source>Hidden layers of 100 ReLU</source>
        <translation>隐藏层（每层 100 个 ReLU）</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>the last 2 years</source>
        <translation>最近 2 年</translation>
    </message>
    <message>
        <source>the last 3 years</source>
        <translation>最近 3 年</translation>
    </message>
    <message>
        <source>the last 4 years (all)</source>
        <translation>最近 4 年（全部）</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>比较表</translation>
    </message>
    <message>
        <source>deeper: 1–4 layers of 100 ReLU</source>
        <translation>更深：1–4 层，每层 100 个 ReLU</translation>
    </message>
    <message>
        <source>wider: linear, 10, 100, 1000 ReLU</source>
        <translation>更宽：线性、10、100、1000 个 ReLU</translation>
    </message>
    <message>
        <source>this depth on the last 1, 2, 3, 4 years</source>
        <translation>这个深度，用最近 1、2、3、4 年训练</translation>
    </message>
    <message>
        <source>this depth with weight decay λ = 0, 0.001, 0.01, 0.1</source>
        <translation>这个深度，权重衰减 λ = 0、0.001、0.01、0.1</translation>
    </message>
    <message>
        <source>this depth: last update vs lowest L′</source>
        <translation>这个深度：最后一次更新 vs L′ 最低时</translation>
    </message>
    <message>
        <source>5. Backpropagation, step by step</source>
        <translation>5. 一步一步看反向传播</translation>
    </message>
    <message>
        <source>6. Handwritten digits: softmax and cross-entropy</source>
        <translation>6. 手写数字：softmax 与交叉熵</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>grey levels 0–1</source>
        <translation>灰度 0–1</translation>
    </message>
    <message>
        <source>ink 1, paper 0 (binarised)</source>
        <translation>墨迹 1，纸面 0（二值化）</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>L per update (one batch)</source>
        <translation>每次更新的 L（一个批量）</translation>
    </message>
    <message>
        <source>L, training data (per epoch)</source>
        <translation>L，训练数据（每回合）</translation>
    </message>
    <message>
        <source>L′, unseen data</source>
        <translation>L′，测试数据</translation>
    </message>
    <message>
        <source>lowest L′ so far</source>
        <translation>目前最低的 L′</translation>
    </message>
    <message>
        <source>Restore the best</source>
        <translation>恢复最佳参数</translation>
    </message>
    <message>
        <source>Early stopping: put back the parameters the network had at the lowest L′ (the star). Training goes on from there.</source>
        <translation>提前停止：把参数恢复成 L′ 最低时（星号处）的值。训练从那里继续。</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: slow late progress becomes visible.</source>
        <translation>用对数坐标显示损失：后期缓慢的进展也能看清。</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>training data (during each epoch)</source>
        <translation>训练数据（每回合中）</translation>
    </message>
    <message>
        <source>unseen data</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <source>best this model can reach</source>
        <translation>这个模型能达到的最好结果</translation>
    </message>
    <message>
        <source>%1 on training data: L = %2   on unseen data: L′ = %3</source>
        <translation>%1 训练数据上：L = %2   测试数据上：L′ = %3</translation>
    </message>
    <message>
        <source>lowest L′ = %1 after update %2</source>
        <translation>最低 L′ = %1，在第 %2 次更新之后</translation>
    </message>
    <message>
        <source>accuracy after epoch %1: training %2 %, unseen %3 %</source>
        <translation>第 %1 回合后的准确率：训练 %2 %，测试 %3 %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Deep Learning Applet</source>
        <translation>深度学习小程序</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Three steps</source>
        <translation>三个步骤</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Run / pause</source>
        <translation>运行 / 暂停</translation>
    </message>
    <message>
        <source>Step one update</source>
        <translation>单步：更新一次</translation>
    </message>
    <message>
        <source>Step back one update</source>
        <translation>后退一次更新</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>New network built from seed %1; training starts again.</source>
        <translation>已按随机种子 %1 新建网络，训练重新开始。</translation>
    </message>
    <message>
        <source>Nothing changed: the network trains as before.</source>
        <translation>没有改变：网络照旧训练。</translation>
    </message>
    <message>
        <source>Pause training to trace one example: the network is too large to follow live.</source>
        <translation>请先暂停训练再追踪单个样本：网络太大，无法实时跟随。</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>Training stopped because of an error:
%1</source>
        <translation>训练因出错而停止：
%1</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Matrix form</source>
        <translation>矩阵形式</translation>
    </message>
    <message>
        <source>Example (training data):</source>
        <translation>样本（训练数据）：</translation>
    </message>
    <message>
        <source>The matrix form is shown for one hidden layer and one linear output.</source>
        <translation>矩阵形式只对一个隐藏层加一个线性输出的网络显示。</translation>
    </message>
    <message>
        <source>Choose at most %1 neurons to see every number of W.</source>
        <translation>最多选 %1 个神经元，才能看到 W 的每一个数。</translation>
    </message>
    <message>
        <source>W has one row per neuron (%1) and one column per input (%2).</source>
        <translation>W 每个神经元一行（%1 行），每个输入一列（%2 列）。</translation>
    </message>
    <message>
        <source>The network&apos;s output for this example: %1; its label ŷ = %2.</source>
        <translation>网络对这个样本的输出：%1；它的标签 ŷ = %2。</translation>
    </message>
</context>
<context>
    <name>ModelLimit</name>
    <message>
        <source>Build the exact solution</source>
        <translation>构建精确解</translation>
    </message>
    <message>
        <source>Start a new run from parameters that reach the best loss: the best line, or the exact construction.</source>
        <translation>从能达到最小损失的参数开始新的一次训练：最佳直线，或精确构造。</translation>
    </message>
    <message>
        <source>The best line (the exact optimum) reaches %1</source>
        <translation>最佳直线（精确的最优解）能达到 %1</translation>
    </message>
    <message>
        <source>Built exactly from the curve&apos;s corners, this network reaches %1</source>
        <translation>按曲线的拐角精确构造，这个网络能达到 %1</translation>
    </message>
    <message>
        <source>; training is there (%1): a perfect fit.</source>
        <translation>；训练已经到了（%1）：完美拟合。</translation>
    </message>
    <message>
        <source>; training is there (%1). A better optimiser will not help: model bias — change the model.</source>
        <translation>；训练已经到了（%1）。换更好的优化器也没用：这是模型偏差 —— 请换一个模型。</translation>
    </message>
    <message>
        <source> — gradient descent stopped at %1: an optimisation problem. Try another start (seed) or η.</source>
        <translation> —— 梯度下降却停在 %1：这是优化问题。换一个起点（随机种子）或 η 试试。</translation>
    </message>
    <message>
        <source>; training is at %1 so far.</source>
        <translation>；训练目前在 %1。</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>layer %1: neuron %2 → neuron %3, w = %4</source>
        <translation>第 %1 层：神经元 %2 → 神经元 %3，w = %4</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
</context>
<context>
    <name>NeuronsPanel</name>
    <message>
        <source>Neurons</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>neuron i: cᵢ·aᵢ(x)</source>
        <translation>神经元 i：cᵢ·aᵢ(x)</translation>
    </message>
    <message>
        <source>output bias b</source>
        <translation>输出偏置 b</translation>
    </message>
    <message>
        <source>chosen neuron</source>
        <translation>选中的神经元</translation>
    </message>
    <message>
        <source>Neuron:</source>
        <translation>神经元：</translation>
    </message>
    <message>
        <source>The neuron whose w, b and c the sliders change.</source>
        <translation>滑块所修改的 w、b、c 属于哪个神经元。</translation>
    </message>
    <message>
        <source>Two ReLUs make one hard sigmoid</source>
        <translation>两个 ReLU 拼成一个硬 sigmoid</translation>
    </message>
    <message>
        <source>hard_sigmoid(z) = clip(z, 0, 1) = max(0, z) − max(0, z − 1)</source>
        <translation>hard_sigmoid(z) = clip(z, 0, 1) = max(0, z) − max(0, z − 1)</translation>
    </message>
    <message>
        <source>w (slope)</source>
        <translation>w（斜率）</translation>
    </message>
    <message>
        <source>The weight from x into the neuron: how steep its piece is.</source>
        <translation>从 x 进入这个神经元的权重：决定它那一段有多陡。</translation>
    </message>
    <message>
        <source>b (shift)</source>
        <translation>b（平移）</translation>
    </message>
    <message>
        <source>c (height)</source>
        <translation>c（高度）</translation>
    </message>
    <message>
        <source>The weight from the neuron to the output: how tall its piece is.</source>
        <translation>从这个神经元到输出的权重：决定它那一段有多高。</translation>
    </message>
    <message>
        <source>Green: c·max(0, b + w·x). Pink: −c·max(0, b − 1 + w·x). Their sum (dotted) lies exactly on c·hard_sigmoid(b + w·x) (orange): two ReLUs make one hard sigmoid.</source>
        <translation>绿色：c·max(0, b + w·x)。粉色：−c·max(0, b − 1 + w·x)。它们的和（点线）恰好与 c·hard_sigmoid(b + w·x)（橙色）重合：两个 ReLU 拼成一个硬 sigmoid。</translation>
    </message>
    <message>
        <source>neuron %1</source>
        <translation>神经元 %1</translation>
    </message>
    <message>
        <source>This view needs a network with one input (x) and one output.</source>
        <translation>这个视图需要一个只有一个输入 (x) 和一个输出的网络。</translation>
    </message>
    <message>
        <source>Contributions need one linear output neuron.</source>
        <translation>要显示各神经元的贡献，输出层必须是一个线性神经元。</translation>
    </message>
    <message>
        <source>No hidden layer: the model is the straight line b + w·x. Add a layer to get pieces.</source>
        <translation>没有隐藏层：模型就是直线 b + w·x。添加一层才能得到分段。</translation>
    </message>
    <message>
        <source>Pause training to change a neuron by hand.</source>
        <translation>暂停训练后才能手动修改神经元。</translation>
    </message>
    <message>
        <source>In a deeper network a neuron gets a weight from every neuron before it: here you can change its b and c.</source>
        <translation>在更深的网络中，一个神经元从前一层的每个神经元都得到一个权重：这里可以修改它的 b 和 c。</translation>
    </message>
    <message>
        <source>sum = network output y</source>
        <translation>和 = 网络输出 y</translation>
    </message>
    <message>
        <source>The neuron&apos;s bias: moves its piece along x. A ReLU&apos;s kink is at x = −b/w; a hard sigmoid has two, at −b/w and (1 − b)/w; a sigmoid has none (−b/w is its midpoint).</source>
        <translation>神经元的偏置：让它的这一段沿 x 移动。ReLU 的拐点在 x = −b/w；硬 sigmoid 有两个拐点，在 −b/w 和 (1 − b)/w；sigmoid 没有拐点（−b/w 是它的中点）。</translation>
    </message>
    <message>
        <source>Drag w, b and c, or click a blue curve to choose its neuron.</source>
        <translation>拖动 w、b 和 c，或点击一条蓝色曲线来选中它的神经元。</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Enter a finite number of at least %1.</source>
        <translation>请输入不小于 %1 的有限数。</translation>
    </message>
    <message>
        <source>Enter a finite number greater than %1.</source>
        <translation>请输入大于 %1 的有限数。</translation>
    </message>
</context>
<context>
    <name>ParameterEditor</name>
    <message>
        <source>%1 = (type a number, then Enter)</source>
        <translation>%1 =（输入一个数，然后按回车）</translation>
    </message>
</context>
<context>
    <name>PlaneDataPanel</name>
    <message>
        <source>circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>exclusive or (XOR)</source>
        <translation>异或（XOR）</translation>
    </message>
    <message>
        <source>two Gaussian blobs</source>
        <translation>两团高斯分布</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>above/below the red piecewise-linear curve</source>
        <translation>红色分段线性曲线的上方/下方</translation>
    </message>
    <message>
        <source>above/below the smooth wave</source>
        <translation>平滑波形的上方/下方</translation>
    </message>
    <message>
        <source>regression: a tilted plane</source>
        <translation>回归：倾斜的平面</translation>
    </message>
    <message>
        <source>regression: six Gaussian bumps</source>
        <translation>回归：六个高斯鼓包</translation>
    </message>
    <message>
        <source>Data and features</source>
        <translation>数据和特征</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Your own points: a CSV file of x1,x2,label rows (header optional, 2–10 classes).</source>
        <translation>你自己的点：每行 x1,x2,标签 的 CSV 文件（表头可有可无，2–10 个类别）。</translation>
    </message>
    <message>
        <source>Gaussian noise added to each coordinate (its standard deviation).</source>
        <translation>加到每个坐标上的高斯噪声（其标准差）。</translation>
    </message>
    <message>
        <source>The share of each class&apos;s points kept unseen: L′ is their loss.</source>
        <translation>每个类别中留作测试数据的点所占比例：L′ 是它们上的损失。</translation>
    </message>
    <message>
        <source>The seed the points and their split are drawn with.</source>
        <translation>生成这些点及其划分所用的随机种子。</translation>
    </message>
    <message>
        <source>Give the first layer %1 as an input.</source>
        <translation>把 %1 作为第一层的输入。</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>导入的：%1</translation>
    </message>
    <message>
        <source>Noise %1</source>
        <translation>噪声 %1</translation>
    </message>
    <message>
        <source>Unseen %1 %</source>
        <translation>测试数据 %1%</translation>
    </message>
    <message>
        <source>%1 training points, %2 unseen, each with a number to predict (from %3 to %4); the network sees %5 input(s) and has one linear output.</source>
        <translation>%1 个训练点，%2 个测试点，每个点有一个待预测的数值（从 %3 到 %4）；网络看到 %5 个输入，有一个线性输出。</translation>
    </message>
    <message>
        <source>%1 training points, %2 unseen, %3 classes; the network sees %4 input(s).</source>
        <translation>%1 个训练点，%2 个测试点，%3 个类别；网络有 %4 个输入。</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>导入点</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>无法导入 %1</translation>
    </message>
</context>
<context>
    <name>PointTraceDialog</name>
    <message>
        <source>Backpropagation of the point %1</source>
        <translation>点 %1 的反向传播</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>The point %1, %2, through the network with the weights of update %3: the forward pass, the loss L = %4, the backward pass and every gradient (training is not changed).</source>
        <translation>点 %1（%2）经过第 %3 次更新后的权重所组成的网络：前向传递、损失 L = %4、反向传递和每一个梯度（训练不受影响）。</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>ScriptExport</name>
    <message>
        <source>Export as Python &amp;script</source>
        <translation>导出为 Python 脚本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;NumPy (the app&apos;s maths, written out)…</source>
        <translation>&amp;NumPy（把小程序的数学逐行写出）…</translation>
    </message>
    <message>
        <source>&amp;PyTorch (torch.nn and torch.optim)…</source>
        <translation>&amp;PyTorch（torch.nn 和 torch.optim）…</translation>
    </message>
    <message>
        <source>Export as Python script</source>
        <translation>导出为 Python 脚本</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Training has not started yet; try again in a moment.</source>
        <translation>训练还没有开始，请稍后再试。</translation>
    </message>
    <message>
        <source>Replaying the run to check every update…</source>
        <translation>正在重放这次训练，逐次检查每一次更新…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>已取消导出：没有写入任何文件。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 updates; run it with: python %1</source>
        <translation>已写入 %1：%2 次更新；运行方法：python %1</translation>
    </message>
    <message>
        <source>(its data beside it: %1)</source>
        <translation>（数据在它旁边：%1）</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The saved lesson settings (%1) are not those of the lesson %2 (%3).</source>
        <translation>保存的课程设置（%1）与课程 %2 的设置（%3）不一致。</translation>
    </message>
    <message>
        <source>%1 is not a possible value of the lesson setting %2.</source>
        <translation>%1 不是课程设置 %2 的可选值。</translation>
    </message>
    <message>
        <source>The lesson %1 does not use the loss %2.</source>
        <translation>课程 %1 不使用损失 %2。</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import views CSV…</source>
        <translation>导入观看量 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Learn the views lessons from your own daily counts (a CSV of dates and counts, e.g. a YouTube Studio export).</source>
        <translation>用你自己的每日数据学习观看量课程（包含日期和数量的 CSV，例如 YouTube Studio 导出的文件）。</translation>
    </message>
    <message>
        <source>Use the lesson&apos;s &amp;built-in views</source>
        <translation>使用本课的内置观看量数据(&amp;B)</translation>
    </message>
    <message>
        <source>Applet sessions (*%1)</source>
        <translation>小程序会话 (*%1)</translation>
    </message>
    <message>
        <source>built-in synthetic channel</source>
        <translation>内置的合成频道</translation>
    </message>
    <message>
        <source>built-in real Wikipedia views</source>
        <translation>内置的真实维基百科浏览量</translation>
    </message>
    <message>
        <source>%1 (imported CSV)</source>
        <translation>%1（导入的 CSV）</translation>
    </message>
    <message>
        <source>k (thousands of views)</source>
        <translation>k（千次观看）</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Views data: %1 · %2 days · unit: %3</source>
        <translation>观看量数据：%1 · %2 天 · 单位：%3</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <source>Training has not started yet; try again in a moment.</source>
        <translation>训练还没有开始，请稍后再试。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1 at update %2.</source>
        <translation>已保存 %1（第 %2 次更新）。</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Could not open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its contents do not fit together (%2).</source>
        <translation>无法打开 %1：其中的内容彼此不符（%2）。</translation>
    </message>
    <message>
        <source>Opened %1: training continues from update %2.</source>
        <translation>已打开 %1：训练从第 %2 次更新继续。</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Import daily views</source>
        <translation>导入每日观看量</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <source>Missing days in %1</source>
        <translation>%1 中的缺失日</translation>
    </message>
    <message>
        <source>%1 days between %2 and %3 have no count (%4). Fill them by linear interpolation (the filled days are marked × in the Fit panel), or leave out every example whose days touch one? You can change this later in Lesson settings.</source>
        <translation>%2 到 %3 之间有 %1 天没有数据（%4）。用线性插值填补（填补的天在拟合面板中标记为 ×），还是去掉所有涉及这些天的样本？之后可以在课程设置中更改。</translation>
    </message>
    <message>
        <source>Fill them</source>
        <translation>填补</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>去掉</translation>
    </message>
    <message>
        <source>Nothing imported: the views lessons learn from the same data.</source>
        <translation>没有导入：观看量课程仍使用原来的数据。</translation>
    </message>
    <message>
        <source>Imported %1 days (%2 to %3); the views lessons now learn from them.</source>
        <translation>已导入 %1 天（%2 至 %3）；观看量课程现在用这些数据学习。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Unsaved training</source>
        <translation>训练尚未保存</translation>
    </message>
    <message>
        <source>Save this session before closing? Otherwise its training is lost.</source>
        <translation>关闭前保存这个会话吗？否则训练结果会丢失。</translation>
    </message>
</context>
<context>
    <name>SlicePanel</name>
    <message>
        <source>Slice L(w)</source>
        <translation>切面 L(w)</translation>
    </message>
    <message>
        <source>bumpy loss</source>
        <translation>起伏的损失</translation>
    </message>
    <message>
        <source>A made-up loss with several valleys: click the curve to start gradient descent there.</source>
        <translation>一个虚构的、有好几个谷底的损失：点击曲线，从那里开始梯度下降。</translation>
    </message>
    <message>
        <source>How many evenly spread starts</source>
        <translation>均匀分布的起点个数</translation>
    </message>
    <message>
        <source>Several restarts</source>
        <translation>多次重启</translation>
    </message>
    <message>
        <source>Start gradient descent from evenly spread points and keep the best end: the simplest way out of a poor local minimum.</source>
        <translation>从均匀分布的多个起点开始梯度下降，保留最好的终点：这是摆脱较差局部最小值的最简单办法。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>A made-up loss L(w) with several valleys. Click the curve to start gradient descent there, with η = %1 from the controls: it only walks downhill, so it stops in the valley where it starts — a local minimum.</source>
        <translation>一个虚构的、有好几个谷底的损失 L(w)。点击曲线，用控制区的 η = %1 从那里开始梯度下降：它只会往下坡走，所以会停在起点所在的谷底 —— 一个局部最小值。</translation>
    </message>
    <message>
        <source>w (b fixed at its current value)</source>
        <translation>w（b 固定为当前值）</translation>
    </message>
    <message>
        <source>Every start left the plot: the learning rate η = %1 is too large.</source>
        <translation>每个起点都跑出了图外：学习率 η = %1 太大了。</translation>
    </message>
    <message>
        <source>%1 starts spread evenly, η = %2: the best (★) ended at w = %3 with L = %4. Restarts cost more work but escape poor valleys.</source>
        <translation>%1 个均匀分布的起点，η = %2：最好的（★）停在 w = %3，L = %4。重启更费工夫，但能逃出较差的谷底。</translation>
    </message>
    <message>
        <source>From w = %1 the steps grew until one left the plot (step %2): η = %3 is too large.</source>
        <translation>从 w = %1 出发，步子越来越大，直到跑出图外（第 %2 步）：η = %3 太大了。</translation>
    </message>
    <message>
        <source>From w = %1, %2 steps of η = %3 reached w = %4 and are still walking: a small learning rate crawls.</source>
        <translation>从 w = %1 出发，η = %3 走了 %2 步到达 w = %4，还在继续走：学习率太小就会爬得很慢。</translation>
    </message>
    <message>
        <source>From w = %1 gradient descent reached the lowest valley: w = %2, L = %3 (%4 steps).</source>
        <translation>从 w = %1 出发，梯度下降到达了最低的谷底：w = %2，L = %3（%4 步）。</translation>
    </message>
    <message>
        <source>From w = %1 gradient descent stopped at w = %2, L = %3 (%4 steps): the slope is 0, but this is only a local minimum. The lowest is L = %5 at w = %6 — try another start, a larger η or several restarts.</source>
        <translation>从 w = %1 出发，梯度下降停在 w = %2，L = %3（%4 步）：斜率为 0，但这只是局部最小值。最低点是 w = %6 处的 L = %5 —— 试试换个起点、更大的 η 或多次重启。</translation>
    </message>
    <message>
        <source>w has left the plot: gradient descent diverged. Choose a smaller learning rate and press Reset.</source>
        <translation>w 跑出了图外：梯度下降发散了。请选一个更小的学习率，再按“重置”。</translation>
    </message>
    <message>
        <source>L(w) is drawn for the one-feature model y = b + w·x (MSE or MAE).</source>
        <translation>L(w) 只为单特征模型 y = b + w·x（MSE 或 MAE）绘制。</translation>
    </message>
    <message>
        <source>b fixed at %1: at w = %2, L = %3 and the slope ∂L/∂w = %4 (dashed tangent). Next step: w moves by −η × slope = −%5 × %4 = %6 (arrow).</source>
        <translation>b 固定为 %1：在 w = %2 处，L = %3，斜率 ∂L/∂w = %4（虚线为切线）。下一步：w 移动 −η × 斜率 = −%5 × %4 = %6（箭头）。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Stopped: reached the maximum number of updates.</source>
        <translation>已停止：达到更新次数上限。</translation>
    </message>
    <message>
        <source>Stopped: reached the maximum number of epochs.</source>
        <translation>已停止：达到回合数上限。</translation>
    </message>
    <message>
        <source>Stopped: gradient ≈ 0 (‖g‖ below the tolerance) — a minimum, a saddle point or a plateau.</source>
        <translation>已停止：梯度 ≈ 0（‖g‖ 低于容差）—— 到了最小值、鞍点或平台。</translation>
    </message>
    <message>
        <source>Stopped: the loss exploded — the learning rate is too large. Lower it and press Reset.</source>
        <translation>已停止：损失爆炸了 —— 学习率太大。请调小学习率，再按“重置”。</translation>
    </message>
    <message>
        <source>Likely cause: the learning rate is too large. Lower it.</source>
        <translation>可能的原因：学习率太大。请调小学习率。</translation>
    </message>
    <message>
        <source>Likely cause: the inputs are not standardised (|x| up to %1). Standardise them, or use a smaller learning rate.</source>
        <translation>可能的原因：输入没有标准化（|x| 最大到 %1）。请把输入标准化，或使用更小的学习率。</translation>
    </message>
    <message>
        <source>Likely cause: ReLU or linear neurons never saturate, so the values grew layer by layer. Use tanh or sigmoid, or a smaller learning rate.</source>
        <translation>可能的原因：ReLU 或线性神经元从不饱和，数值一层层变大。请改用双曲正切 tanh 或 sigmoid，或使用更小的学习率。</translation>
    </message>
    <message>
        <source>The last finite weights still compute finite numbers: one update of size η·∂L/∂w threw them to where they overflow. A smaller η takes a smaller step.</source>
        <translation>最后一组有限的权重算出的数仍然有限：一次大小为 η·∂L/∂w 的更新把它们抛到了会溢出的地方。更小的 η 迈出更小的一步。</translation>
    </message>
    <message>
        <source>∂L/∂w = x·∂L/∂z grows with the inputs and the loss&apos;s curvature with their square: this learning rate would suit inputs of mean 0 and standard deviation 1, but overshoots on these.</source>
        <translation>∂L/∂w = x·∂L/∂z 随输入变大，损失的曲率随输入的平方变大：这个学习率适合均值 0、标准差 1 的输入，对这些输入却会冲过头。</translation>
    </message>
    <message>
        <source>The numbers overflowed at the last finite weights already, before any oversized step: each ReLU or linear layer can multiply their size again, while sigmoid and tanh keep every a between −1 and 1.</source>
        <translation>在最后一组有限的权重上、还没有迈出过大的一步时，数值就已经溢出：每一层 ReLU 或线性神经元都能把数值再放大若干倍，而 sigmoid 和 tanh 让每个 a 保持在 −1 到 1 之间。</translation>
    </message>
    <message>
        <source>Stopped: the loss grew a hundredfold.</source>
        <translation>已停止：损失增大到了一百倍。</translation>
    </message>
    <message>
        <source>Stopped: the loss exploded; layer %1 overflowed first (its %2).</source>
        <translation>已停止：损失爆炸了；第 %1 层最先溢出（它的 %2）。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>update %1 · epoch %2 · batch %3/%4 · L = %5 · L′ = %6 · ‖g‖ = %7 · %8 updates/s</source>
        <translation>更新 %1 · 回合 %2 · 批量 %3/%4 · L = %5 · L′ = %6 · ‖g‖ = %7 · %8 次更新/秒</translation>
    </message>
    <message>
        <source>Back to the last finite weights</source>
        <translation>回到最后一组有限的权重</translation>
    </message>
    <message>
        <source>Put back the weights of update %1, the last before the blow-up; lower η before going on.</source>
        <translation>放回第 %1 次更新的权重，即爆炸前的最后一组；继续训练前请先调小 η。</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>Error surface</source>
        <translation>误差表面</translation>
    </message>
    <message>
        <source>◀ Step back</source>
        <translation>◀ 后退一步</translation>
    </message>
    <message>
        <source>Undo the last update (←): the parameters go back and the path shrinks. Works for full-batch gradient descent.</source>
        <translation>撤销上一次更新（←）：参数退回，路径缩短。适用于全批量梯度下降。</translation>
    </message>
</context>
<context>
    <name>SurfaceTexts</name>
    <message>
        <source>b — bias (%1)</source>
        <translation>b —— 偏置（%1）</translation>
    </message>
    <message>
        <source>b — bias</source>
        <translation>b —— 偏置</translation>
    </message>
    <message>
        <source>x₁ standardised: x₁ = (yesterday&apos;s views − %1) / %2, the mean and sd of the training days, so x₁ has mean 0 and sd 1. Same model, w now counts per sd: the valley becomes a round bowl and gradient descent heads straight down. Switch back under Lesson settings → Input x₁.</source>
        <translation>x₁ 已标准化：x₁ =（昨天的观看量 − %1）/ %2，即减去训练日的均值、除以标准差，所以 x₁ 的均值为 0、标准差为 1。模型不变，只是 w 现在按“每个标准差”计：山谷变成圆碗，梯度下降直奔谷底。可在 课程设置 → 输入 x₁ 中切换回去。</translation>
    </message>
    <message>
        <source>w — weight of x₁ standardised (mean 0, sd 1)</source>
        <translation>w —— 标准化 x₁ 的权重（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>x₁ = yesterday&apos;s views as recorded (%1; mean %2, sd %3). The valley of L is long and thin: a learning rate small enough not to overshoot across it crawls along it. Lesson settings → Input x₁ → standardised makes it round.</source>
        <translation>x₁ = 记录下来的昨天观看量（%1；均值 %2，标准差 %3）。L 的山谷又长又窄：学习率小到不会冲过谷底时，沿着山谷走就会很慢。在 课程设置 → 输入 x₁ 中选“标准化”，山谷就会变圆。</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>w — weight of x₁ = yesterday&apos;s views</source>
        <translation>w —— x₁（昨天观看量）的权重</translation>
    </message>
    <message>
        <source>The error surface is drawn for the one-feature model y = b + w·x.</source>
        <translation>误差表面只为单特征模型 y = b + w·x 绘制。</translation>
    </message>
    <message>
        <source>The error surface is drawn for MSE or MAE of y = b + w·x.</source>
        <translation>误差表面只为 y = b + w·x 的 MSE 或 MAE 绘制。</translation>
    </message>
    <message>
        <source>● now (update %1): off the map.</source>
        <translation>● 当前（第 %1 次更新）：在图外。</translation>
    </message>
    <message>
        <source>● now (update %4): w = %1, b = %2 → L = %3. White: the path so far; orange arrow: the next step −η∇L.</source>
        <translation>● 当前（第 %4 次更新）：w = %1，b = %2 → L = %3。白色：到目前为止的路径；橙色箭头：下一步 −η∇L。</translation>
    </message>
    <message>
        <source>● now (update %4): w = %1, b = %2 → L = %3. White: the path so far; orange arrow: the last step, made with its batch&apos;s gradient ∇Lᵇ.</source>
        <translation>● 当前（第 %4 次更新）：w = %1，b = %2 → L = %3。白色：到目前为止的路径；橙色箭头：刚走的一步，用的是它那个批量的梯度 ∇Lᵇ。</translation>
    </message>
    <message>
        <source>★ minimum: w* = %1, b* = %2 → L* = %3. Hover to read L; click to start there.</source>
        <translation>★ 最小值：w* = %1，b* = %2 → L* = %3。悬停可读出 L；点击从该处开始。</translation>
    </message>
    <message>
        <source>Gradient descent diverged with η = %1: each step overshoots the valley and lands higher on the other side, so L grows instead of shrinking. The path stops where it leaves the map. Choose a smaller learning rate (try η = %2) and press Reset.</source>
        <translation>η = %1 时梯度下降发散了：每一步都冲过谷底，落在对面更高的地方，所以 L 不减反增。路径在离开地图处中断。请选更小的学习率（试试 η = %2），再按“重置”。</translation>
    </message>
    <message>
        <source>Batch size B = %1: an epoch is ⌈N/B⌉ = ⌈%2/%1⌉ = %3 updates, each on its own batch. Step once to see that batch&apos;s own error surface.</source>
        <translation>批量大小 B = %1：一个回合是 ⌈N/B⌉ = ⌈%2/%1⌉ = %3 次更新，每次用它自己的批量。按一次“单步”，就能看到那个批量自己的误差表面。</translation>
    </message>
    <message>
        <source>Batch %1 of %2 · epoch %3. Purple: this batch&apos;s own loss Lᵇ, its contours and ✚ its minimum; faint: L of all %4 training days. Yellow squares: where each epoch ended.</source>
        <translation>第 %1 个批量（共 %2 个）· 第 %3 回合。紫色：这个批量自己的损失 Lᵇ，它的等高线和 ✚ 它的最小值；淡色：全部 %4 个训练日的 L。黄色方块：每个回合结束的地方。</translation>
    </message>
    <message>
        <source>under the mouse: w = %1, b = %2 → L = %3 (click to start gradient descent here)</source>
        <translation>鼠标处：w = %1，b = %2 → L = %3（点击从这里开始梯度下降）</translation>
    </message>
</context>
<context>
    <name>ThetaPanel</name>
    <message>
        <source>θ and g</source>
        <translation>θ 和 g</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>g = ∂L/∂θ</source>
        <translation>g = ∂L/∂θ</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>θ ← θ − η·g   with %1 = %2 parameters</source>
        <translation>θ ← θ − η·g   共 %1 = %2 个参数</translation>
    </message>
    <message>
        <source>Too many to list here: choose a network with at most %1 parameters.</source>
        <translation>参数太多，这里列不下：请选一个最多 %1 个参数的网络。</translation>
    </message>
    <message>
        <source>Update %1: the new θ is the θ − η·g shown before it (largest difference %2).</source>
        <translation>第 %1 次更新：新的 θ 就是更新前显示的 θ − η·g（最大差异 %2）。</translation>
    </message>
    <message>
        <source>Update %1 used a batch, momentum or Adam: its step differs from −η·g of all the data by up to %2.</source>
        <translation>第 %1 次更新用了批量、动量或 Adam：这一步与全部数据的 −η·g 最多相差 %2。</translation>
    </message>
</context>
<context>
    <name>ThreeSteps</name>
    <message>
        <source>Your three choices:</source>
        <translation>你的三个选择：</translation>
    </message>
    <message>
        <source>Three steps:</source>
        <translation>三个步骤：</translation>
    </message>
    <message>
        <source>① Function with unknown parameters</source>
        <translation>① 带有未知参数的函数</translation>
    </message>
    <message>
        <source>② Loss</source>
        <translation>② 损失</translation>
    </message>
    <message>
        <source>③ Optimisation</source>
        <translation>③ 优化</translation>
    </message>
    <message>
        <source>%1 parameters (%2)</source>
        <translation>%1 个参数（%2）</translation>
    </message>
    <message>
        <source>L = %1 on the training data (%2 samples)</source>
        <translation>L = 训练数据上的 %1（%2 个样本）</translation>
    </message>
    <message>
        <source>L′ on unseen data (%1 samples)</source>
        <translation>L′ 在测试数据上（%1 个样本）</translation>
    </message>
    <message>
        <source>full batch (%1)</source>
        <translation>全批量（%1）</translation>
    </message>
    <message>
        <source>batch %1, %2 updates per epoch</source>
        <translation>批量 %1，每回合 %2 次更新</translation>
    </message>
</context>
<context>
    <name>TraceExport</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Save every step of the trace as a CSV table.</source>
        <translation>把追踪的每一步保存为 CSV 表格。</translation>
    </message>
    <message>
        <source>Save every step of the trace as a Markdown table.</source>
        <translation>把追踪的每一步保存为 Markdown 表格。</translation>
    </message>
    <message>
        <source>Export the trace as CSV</source>
        <translation>把追踪导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the trace as Markdown</source>
        <translation>把追踪导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Saved the trace to %1.</source>
        <translation>已把追踪保存到 %1。</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>formula with numbers</source>
        <translation>代入数字的公式</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>check</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>rel. error</source>
        <translation>相对误差</translation>
    </message>
    <message>
        <source>Backpropagation trace</source>
        <translation>反向传播追踪</translation>
    </message>
    <message>
        <source>Backward pass as a reversed network</source>
        <translation>把反向传递画成反转的网络</translation>
    </message>
    <message>
        <source>Mirror the network: ∂L/∂z flows from the output back through the same weights, and each neuron amplifies it by σ′(z) (the triangles).</source>
        <translation>把网络镜像过来：∂L/∂z 从输出经过同样的权重往回流，每个神经元再把它乘以 σ′(z)（三角形）。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Batch: ∂Cⁿ/∂w per sample</source>
        <translation>批量：每个样本的 ∂Cⁿ/∂w</translation>
    </message>
    <message>
        <source>Why backprop is cheap</source>
        <translation>反向传播为什么快</translation>
    </message>
    <message>
        <source>Numerical check: the central difference (L(θ + h) − L(θ − h)) / 2h with h = 10⁻⁶, the gradient measured without backpropagation.</source>
        <translation>数值检验：中心差分 (L(θ + h) − L(θ − h)) / 2h，h = 10⁻⁶，即不用反向传播测得的梯度。</translation>
    </message>
    <message>
        <source>Relative error |g − check| / max(|g|, |check|): ✓ below 10⁻⁴, the two agree.</source>
        <translation>相对误差 |g − 检验| / max(|g|, |检验|)：✓ 低于 10⁻⁴，两者一致。</translation>
    </message>
    <message>
        <source>Training diverged; the trace keeps its last finite numbers. %1</source>
        <translation>训练发散了；追踪保留最后一组有限的数值。%1</translation>
    </message>
    <message>
        <source>This value is computed. Double-click a gradient or update row, an edge or a node to change a weight, a bias or an input.</source>
        <translation>这个值是算出来的。双击梯度行或更新行、连线或节点，可修改权重、偏置或输入。</translation>
    </message>
    <message>
        <source>%1 = %2 would overflow (beyond ±1.8×10³⁰⁸). Choose smaller weights, inputs or learning rate η; nothing changed.</source>
        <translation>%1 = %2 会溢出（超出 ±1.8×10³⁰⁸）。请选择更小的权重、输入或学习率 η；没有做任何改变。</translation>
    </message>
    <message>
        <source>Step 0 of %1</source>
        <translation>第 0 步，共 %1 步</translation>
    </message>
    <message>
        <source>Press Next to compute the first value.</source>
        <translation>按“下一步”计算第一个值。</translation>
    </message>
    <message>
        <source>Double-click an edge, a node or a gradient row to change a number.</source>
        <translation>双击连线、节点或梯度行可修改数值。</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message>
        <source>%1 · sample 1 of %2</source>
        <translation>%1 · 第 1 个样本（共 %2 个）</translation>
    </message>
    <message>
        <source>L per iteration   %1</source>
        <translation>每次迭代的 L   %1</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>layer %1 · %2</source>
        <translation>第 %1 层 · %2</translation>
    </message>
    <message>
        <source>layer %1 (output) · %2</source>
        <translation>第 %1 层（输出层）· %2</translation>
    </message>
</context>
<context>
    <name>TraceStepper</name>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Run to end ▶▶</source>
        <translation>运行到底 ▶▶</translation>
    </message>
    <message>
        <source>Back to step 0: nothing computed yet.</source>
        <translation>回到第 0 步：什么都还没算。</translation>
    </message>
    <message>
        <source>Undo the last step of the trace.</source>
        <translation>撤销追踪的上一步。</translation>
    </message>
    <message>
        <source>Compute the next value: forward pass, loss, backward pass, gradients, update.</source>
        <translation>计算下一个值：前向传递、损失、反向传递、梯度、更新。</translation>
    </message>
    <message>
        <source>Compute every remaining step of this iteration.</source>
        <translation>计算这次迭代剩下的所有步骤。</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>执行更新</translation>
    </message>
    <message>
        <source>Move every weight and bias to w⁺ = w − η·∂L/∂w and trace the next iteration.</source>
        <translation>把每个权重和偏置移到 w⁺ = w − η·∂L/∂w，并追踪下一次迭代。</translation>
    </message>
</context>
<context>
    <name>UnitsSpinBox</name>
    <message>
        <source>A layer needs a number of neurons; the box was empty.</source>
        <translation>一层需要填写神经元个数；输入框是空的。</translation>
    </message>
    <message>
        <source>A layer has 1 to %1 neurons, not %2.</source>
        <translation>一层有 1 到 %1 个神经元，不能是 %2。</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>feature j: views j days before (xⱼ)</source>
        <translation>特征 j：j 天前的观看量（xⱼ）</translation>
    </message>
    <message>
        <source>weight wⱼ</source>
        <translation>权重 wⱼ</translation>
    </message>
    <message>
        <source>bias b = %1</source>
        <translation>偏置 b = %1</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>For a projector: larger fonts and thicker lines, light background, high-contrast colours.</source>
        <translation>适合投影仪：更大的字体、更粗的线条、浅色背景、高对比度颜色。</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Glossary (English ↔ 中文)</source>
        <translation>术语表（English ↔ 中文）(&amp;G)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
</context>
</TS>

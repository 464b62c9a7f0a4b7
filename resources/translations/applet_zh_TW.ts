<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>BatchTable</name>
        <message>
            <source>samples</source>
            <translation>樣本數</translation>
            <extra-zh_CN>样本数</extra-zh_CN>
            <extra-converted>樣本數</extra-converted>
        </message>
        <message>
            <source>Samples in the batch: the first is the one the steps trace, the others are drawn from the seed.</source>
            <translation>批次中的樣本：第一個是逐步追蹤的那個，其餘的由隨機種子抽取。</translation>
            <extra-zh_CN>批量中的样本：第一个是逐步追踪的那个，其余的由随机种子抽取。</extra-zh_CN>
            <extra-converted>批次中的樣本：第一個是逐步追蹤的那個，其餘的由隨機種子抽取。</extra-converted>
        </message>
        <message>
            <source>One sample: ∂L/∂θ is its own ∂C¹/∂θ. Add samples to see the lecture's sum.</source>
            <translation>一個樣本：∂L/∂θ 就是它自己的 ∂C¹/∂θ。增加樣本，就能看到課上的求和。</translation>
            <extra-zh_CN>一个样本：∂L/∂θ 就是它自己的 ∂C¹/∂θ。增加样本，就能看到课上的求和。</extra-zh_CN>
            <extra-converted>一個樣本：∂L/∂θ 就是它自己的 ∂C¹/∂θ。增加樣本，就能看到課上的求和。</extra-converted>
        </message>
        <message>
            <source>Lecture: ∂L/∂w = Σₙ ∂Cⁿ/∂w. Our L is the mean of the %1 Cⁿ: the update uses the mean.</source>
            <translation>課上：∂L/∂w = Σₙ ∂Cⁿ/∂w。這裡的 L 是 %1 個 Cⁿ 的平均：更新用的是平平均值。</translation>
            <extra-zh_CN>课上：∂L/∂w = Σₙ ∂Cⁿ/∂w。这里的 L 是 %1 个 Cⁿ 的平均：更新用的是平均值。</extra-zh_CN>
            <extra-converted>課上：∂L/∂w = Σₙ ∂Cⁿ/∂w。這裡的 L 是 %1 個 Cⁿ 的平均：更新用的是平平均值。</extra-converted>
        </message>
        <message>
            <source>With weight decay λ, every weight also gets λ·w.</source>
            <translation>有權重衰減 λ 時，每個權重還要加上 λ·w。</translation>
            <extra-zh_CN>有权重衰减 λ 时，每个权重还要加上 λ·w。</extra-zh_CN>
            <extra-converted>有權重衰減 λ 時，每個權重還要加上 λ·w。</extra-converted>
        </message>
        <message>
            <source>With L1 regularisation λ₁, every weight also gets λ₁·sign(w).</source>
            <translation>有 L1 正則化 λ₁ 時，每個權重還會加上 λ₁·sign(w)。</translation>
            <extra-zh_CN>有 L1 正则化 λ₁ 时，每个权重还会加上 λ₁·sign(w)。</extra-zh_CN>
            <extra-converted>有 L1 正則化 λ₁ 時，每個權重還會加上 λ₁·sign(w)。</extra-converted>
        </message>
        <message>
            <source>sample %1</source>
            <translation>樣本 %1</translation>
            <extra-zh_CN>样本 %1</extra-zh_CN>
            <extra-converted>樣本 %1</extra-converted>
        </message>
        <message>
            <source>Σₙ</source>
            <translation>Σₙ</translation>
            <extra-zh_CN>Σₙ</extra-zh_CN>
            <extra-converted>Σₙ</extra-converted>
        </message>
        <message>
            <source>mean = ∂L/∂θ</source>
            <translation>平均 = ∂L/∂θ</translation>
            <extra-zh_CN>平均 = ∂L/∂θ</extra-zh_CN>
            <extra-converted>平均 = ∂L/∂θ</extra-converted>
        </message>
        <message>
            <source>λ·w + λ₁·sign(w)</source>
            <translation>λ·w + λ₁·sign(w)</translation>
            <extra-zh_CN>λ·w + λ₁·sign(w)</extra-zh_CN>
            <extra-converted>λ·w + λ₁·sign(w)</extra-converted>
        </message>
        <message>
            <source>∂L/∂θ + λ·w + λ₁·sign(w)</source>
            <translation>∂L/∂θ + λ·w + λ₁·sign(w)</translation>
            <extra-zh_CN>∂L/∂θ + λ·w + λ₁·sign(w)</extra-zh_CN>
            <extra-converted>∂L/∂θ + λ·w + λ₁·sign(w)</extra-converted>
        </message>
        <message>
            <source>λ₁·sign(w)</source>
            <translation>λ₁·sign(w)</translation>
            <extra-zh_CN>λ₁·sign(w)</extra-zh_CN>
            <extra-converted>λ₁·sign(w)</extra-converted>
        </message>
        <message>
            <source>∂L/∂θ + λ₁·sign(w)</source>
            <translation>∂L/∂θ + λ₁·sign(w)</translation>
            <extra-zh_CN>∂L/∂θ + λ₁·sign(w)</extra-zh_CN>
            <extra-converted>∂L/∂θ + λ₁·sign(w)</extra-converted>
        </message>
        <message>
            <source>λ·w</source>
            <translation>λ·w</translation>
            <extra-zh_CN>λ·w</extra-zh_CN>
            <extra-converted>λ·w</extra-converted>
        </message>
        <message>
            <source>∂L/∂θ + λ·w</source>
            <translation>∂L/∂θ + λ·w</translation>
            <extra-zh_CN>∂L/∂θ + λ·w</extra-zh_CN>
            <extra-converted>∂L/∂θ + λ·w</extra-converted>
        </message>
        <message>
            <source>class %1</source>
            <translation>類別 %1</translation>
            <extra-zh_CN>类别 %1</extra-zh_CN>
            <extra-converted>類別 %1</extra-converted>
        </message>
        <message>
            <source>x = (%1), target %2</source>
            <translation>x = (%1)，目標 %2</translation>
            <extra-zh_CN>x = (%1)，目标 %2</extra-zh_CN>
            <extra-converted>x = (%1)，目標 %2</extra-converted>
        </message>
        <message>
            <source>The lecture's ∂L/∂w = Σₙ ∂Cⁿ/∂w (L as a sum).</source>
            <translation>課上的 ∂L/∂w = Σₙ ∂Cⁿ/∂w（L 取總和）。</translation>
            <extra-zh_CN>课上的 ∂L/∂w = Σₙ ∂Cⁿ/∂w（L 取总和）。</extra-zh_CN>
            <extra-converted>課上的 ∂L/∂w = Σₙ ∂Cⁿ/∂w（L 取總和）。</extra-converted>
        </message>
        <message>
            <source>Our loss is the mean L = (1/N)·Σₙ Cⁿ, so its gradient is the mean of the columns.</source>
            <translation>這裡的損失是平均 L = (1/N)·Σₙ Cⁿ，所以它的梯度是各列的平均。</translation>
            <extra-zh_CN>这里的损失是平均 L = (1/N)·Σₙ Cⁿ，所以它的梯度是各列的平均。</extra-zh_CN>
            <extra-converted>這裡的損失是平均 L = (1/N)·Σₙ Cⁿ，所以它的梯度是各列的平均。</extra-converted>
        </message>
        <message>
            <source>L1 regularisation: L + λ₁·Σ|W| adds λ₁·sign(w) to every weight's gradient (biases: 0).</source>
            <translation>L1 正則化：L + λ₁·Σ|W| 給每個權重的梯度加上 λ₁·sign(w)（偏置：0）。</translation>
            <extra-zh_CN>L1 正则化：L + λ₁·Σ|W| 给每个权重的梯度加上 λ₁·sign(w)（偏置：0）。</extra-zh_CN>
            <extra-converted>L1 正則化：L + λ₁·Σ|W| 給每個權重的梯度加上 λ₁·sign(w)（偏置：0）。</extra-converted>
        </message>
        <message>
            <source>Weight decay: L + (λ/2)·Σ‖W‖² adds λ·w to every weight's gradient (biases: 0).</source>
            <translation>權重衰減：L + (λ/2)·Σ‖W‖² 給每個權重的梯度加上 λ·w（偏置：0）。</translation>
            <extra-zh_CN>权重衰减：L + (λ/2)·Σ‖W‖² 给每个权重的梯度加上 λ·w（偏置：0）。</extra-zh_CN>
            <extra-converted>權重衰減：L + (λ/2)·Σ‖W‖² 給每個權重的梯度加上 λ·w（偏置：0）。</extra-converted>
        </message>
        <message>
            <source>What the update follows.</source>
            <translation>更新所依據的梯度。</translation>
            <extra-zh_CN>更新所依据的梯度。</extra-zh_CN>
            <extra-converted>更新所依據的梯度。</extra-converted>
        </message>
        <message>
            <source>Cⁿ (loss)</source>
            <translation>Cⁿ（損失）</translation>
            <extra-zh_CN>Cⁿ（损失）</extra-zh_CN>
            <extra-converted>Cⁿ（損失）</extra-converted>
        </message>
        <message>
            <source>In the λ columns of this row: (λ/2)·Σ‖W‖², and L with it.</source>
            <translation>本行的 λ 列：(λ/2)·Σ‖W‖²，以及加上它之後的 L。</translation>
            <extra-zh_CN>本行的 λ 列：(λ/2)·Σ‖W‖²，以及加上它之后的 L。</extra-zh_CN>
            <extra-converted>本行的 λ 列：(λ/2)·Σ‖W‖²，以及加上它之後的 L。</extra-converted>
        </message>
    </context>
    <context>
        <name>CircuitInputs</name>
        <message>
            <source>∂C/∂y =</source>
            <translation>∂C/∂y =</translation>
            <extra-zh_CN>∂C/∂y =</extra-zh_CN>
            <extra-converted>∂C/∂y =</extra-converted>
        </message>
        <message>
            <source>The forward pass is frozen, so every σ′(z) is a fixed amplifier and the backward pass is a linear circuit: type any ∂C/∂y at an output and watch every ∂C/∂z respond in proportion.</source>
            <translation>前向傳遞已固定，每個 σ′(z) 都是一個固定的放大器，反向傳遞就是一個線性電路：在輸出端輸入任意 ∂C/∂y，看每個 ∂C/∂z 按比例變化。</translation>
            <extra-zh_CN>前向传递已固定，每个 σ′(z) 都是一个固定的放大器，反向传递就是一个线性电路：在输出端输入任意 ∂C/∂y，看每个 ∂C/∂z 按比例变化。</extra-zh_CN>
            <extra-converted>前向傳遞已固定，每個 σ′(z) 都是一個固定的放大器，反向傳遞就是一個線性電路：在輸出端輸入任意 ∂C/∂y，看每個 ∂C/∂z 按比例變化。</extra-converted>
        </message>
        <message>
            <source>∂L/∂y</source>
            <translation>∂L/∂y</translation>
            <extra-zh_CN>∂L/∂y</extra-zh_CN>
            <extra-converted>∂L/∂y</extra-converted>
        </message>
        <message>
            <source>Feed the reversed network the loss's derivative: backpropagation's own values.</source>
            <translation>把損失的導數送入反轉的網路：也就是反向傳播自己的數值。</translation>
            <extra-zh_CN>把损失的导数送入反转的网络：也就是反向传播自己的数值。</extra-zh_CN>
            <extra-converted>把損失的導數送入反轉的網路：也就是反向傳播自己的數值。</extra-converted>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>sigmoid</source>
            <translation>sigmoid</translation>
            <extra-zh_CN>sigmoid</extra-zh_CN>
            <extra-converted>sigmoid</extra-converted>
        </message>
        <message>
            <source>hard sigmoid</source>
            <translation>硬 sigmoid</translation>
            <extra-zh_CN>硬 sigmoid</extra-zh_CN>
            <extra-converted>硬 sigmoid</extra-converted>
        </message>
        <message>
            <source>linear</source>
            <translation>線性</translation>
            <extra-zh_CN>线性</extra-zh_CN>
            <extra-converted>線性</extra-converted>
        </message>
        <message>
            <source>tanh</source>
            <translation>雙曲正切 tanh</translation>
            <extra-zh_CN>双曲正切 tanh</extra-zh_CN>
            <extra-converted>雙曲正切 tanh</extra-converted>
        </message>
        <message>
            <source>%1 day</source>
            <translation>%1 天</translation>
            <extra-zh_CN>%1 天</extra-zh_CN>
            <extra-converted>%1 天</extra-converted>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 天</translation>
            <extra-zh_CN>%1 天</extra-zh_CN>
            <extra-converted>%1 天</extra-converted>
        </message>
        <message>
            <source>last year</source>
            <translation>最近一年</translation>
            <extra-zh_CN>最近一年</extra-zh_CN>
            <extra-converted>最近一年</extra-converted>
        </message>
        <message>
            <source>last %1 years</source>
            <translation>最近 %1 年</translation>
            <extra-zh_CN>最近 %1 年</extra-zh_CN>
            <extra-converted>最近 %1 年</extra-converted>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
            <extra-zh_CN>比较</extra-zh_CN>
            <extra-converted>比較</extra-converted>
        </message>
        <message>
            <source>Run comparison</source>
            <translation>執行比較</translation>
            <extra-zh_CN>运行比较</extra-zh_CN>
            <extra-converted>執行比較</extra-converted>
        </message>
        <message>
            <source>Train every model in the table with the same seeds and compare their losses.</source>
            <translation>用相同的隨機種子訓練表中的每個模型，並比較它們的損失。</translation>
            <extra-zh_CN>用相同的随机种子训练表中的每个模型，并比较它们的损失。</extra-zh_CN>
            <extra-converted>用相同的隨機種子訓練表中的每個模型，並比較它們的損失。</extra-converted>
        </message>
        <message>
            <source>Seeds</source>
            <translation>種子數</translation>
            <extra-zh_CN>种子数</extra-zh_CN>
            <extra-converted>種子數</extra-converted>
        </message>
        <message>
            <source>Train every model with this many seeds — the Seed box's, then 0, 1, 2, … — and show mean ± sd of L and L′ over them. One seed is not a result: the spread shows which differences are real.</source>
            <translation>用這麼多個隨機種子訓練每個模型 —— 先是「隨機種子」框中的種子，然後是 0、1、2、…… —— 並顯示 L 和 L′ 在這些種子上的平均值 ± 標準差。一個種子算不上結果：看離散程度才知道哪些差別是真的。</translation>
            <extra-zh_CN>用这么多个随机种子训练每个模型 —— 先是“随机种子”框中的种子，然后是 0、1、2、…… —— 并显示 L 和 L′ 在这些种子上的均值 ± 标准差。一个种子算不上结果：看离散程度才知道哪些差别是真的。</extra-zh_CN>
            <extra-converted>用這麼多個隨機種子訓練每個模型 —— 先是「隨機種子」框中的種子，然後是 0、1、2、…… —— 並顯示 L 和 L′ 在這些種子上的平均值 ± 標準差。一個種子算不上結果：看離散程度才知道哪些差別是真的。</extra-converted>
        </message>
        <message>
            <source>Published in the lecture for the same model, trained on its own channel (real data, not public; MAE in k): compare the trend, not the digits.</source>
            <translation>課上公佈的同一模型的結果，用的是課上自己的頻道（真實資料，未公開；MAE，單位 k）：比較趨勢，而不是具體數字。</translation>
            <extra-zh_CN>课上公布的同一模型的结果，用的是课上自己的频道（真实数据，未公开；MAE，单位 k）：比较趋势，而不是具体数字。</extra-zh_CN>
            <extra-converted>課上公佈的同一模型的結果，用的是課上自己的頻道（真實資料，未公開；MAE，單位 k）：比較趨勢，而不是具體數字。</extra-converted>
        </message>
        <message>
            <source>seeds %1</source>
            <translation>種子 %1</translation>
            <extra-zh_CN>种子 %1</extra-zh_CN>
            <extra-converted>種子 %1</extra-converted>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
            <extra-zh_CN>取消</extra-zh_CN>
            <extra-converted>取消</extra-converted>
        </message>
        <message>
            <source>Stop the comparison; rows already trained keep their results.</source>
            <translation>停止比較；已訓練完的列保留結果。</translation>
            <extra-zh_CN>停止比较；已训练完的行保留结果。</extra-zh_CN>
            <extra-converted>停止比較；已訓練完的列保留結果。</extra-converted>
        </message>
        <message>
            <source>model</source>
            <translation>模型</translation>
            <extra-zh_CN>模型</extra-zh_CN>
            <extra-converted>模型</extra-converted>
        </message>
        <message>
            <source>L (training)</source>
            <translation>L（訓練）</translation>
            <extra-zh_CN>L（训练）</extra-zh_CN>
            <extra-converted>L（訓練）</extra-converted>
        </message>
        <message>
            <source>L′ (unseen)</source>
            <translation>L′（測試資料）</translation>
            <extra-zh_CN>L′（测试数据）</extra-zh_CN>
            <extra-converted>L′（測試資料）</extra-converted>
        </message>
        <message>
            <source>lecture L</source>
            <translation>課上 L</translation>
            <extra-zh_CN>课上 L</extra-zh_CN>
            <extra-converted>課上 L</extra-converted>
        </message>
        <message>
            <source>lecture L′</source>
            <translation>課上 L′</translation>
            <extra-zh_CN>课上 L′</extra-zh_CN>
            <extra-converted>課上 L′</extra-converted>
        </message>
        <message>
            <source>updates</source>
            <translation>更新次數</translation>
            <extra-zh_CN>更新次数</extra-zh_CN>
            <extra-converted>更新次數</extra-converted>
        </message>
        <message>
            <source>note</source>
            <translation>備註</translation>
            <extra-zh_CN>备注</extra-zh_CN>
            <extra-converted>備註</extra-converted>
        </message>
        <message>
            <source>Lecture L / L′: published for the lecture's own channel (real, not public). “overfitting”: lower L than the row above, but higher L′.</source>
            <translation>課上 L / L′：課上自己的頻道（真實資料，未公開）公佈的結果。「過擬合」：L 比上一列低，但 L′ 更高。</translation>
            <extra-zh_CN>课上 L / L′：课上自己的频道（真实数据，未公开）公布的结果。“过拟合”：L 比上一行低，但 L′ 更高。</extra-zh_CN>
            <extra-converted>課上 L / L′：課上自己的頻道（真實資料，未公開）公佈的結果。「過擬合」：L 比上一列低，但 L′ 更高。</extra-converted>
        </message>
        <message>
            <source>Comparison stopped</source>
            <translation>比較已停止</translation>
            <extra-zh_CN>比较已停止</extra-zh_CN>
            <extra-converted>比較已停止</extra-converted>
        </message>
        <message>
            <source>at the lowest L′</source>
            <translation>取 L′ 最低時</translation>
            <extra-zh_CN>取 L′ 最低时</extra-zh_CN>
            <extra-converted>取 L′ 最低時</extra-converted>
        </message>
        <message>
            <source>overfitting</source>
            <translation>過擬合</translation>
            <extra-zh_CN>过拟合</extra-zh_CN>
            <extra-converted>過擬合</extra-converted>
        </message>
    </context>
    <context>
        <name>ConfusionMatrixView</name>
        <message>
            <source>true digit</source>
            <translation>真實數字</translation>
            <extra-zh_CN>真实数字</extra-zh_CN>
            <extra-converted>真實數字</extra-converted>
        </message>
        <message>
            <source>predicted digit</source>
            <translation>預測數字</translation>
            <extra-zh_CN>预测数字</extra-zh_CN>
            <extra-converted>預測數字</extra-converted>
        </message>
        <message>
            <source>true %1, predicted %2: %3 test digits (click to show them)</source>
            <translation>真實 %1，預測 %2：%3 個測試數字（點選顯示）</translation>
            <extra-zh_CN>真实 %1，预测 %2：%3 个测试数字（点击显示）</extra-zh_CN>
            <extra-converted>真實 %1，預測 %2：%3 個測試數字（點選顯示）</extra-converted>
        </message>
    </context>
    <context>
        <name>Controls</name>
        <message>
            <source>unlimited</source>
            <translation>不限</translation>
            <extra-zh_CN>不限</extra-zh_CN>
            <extra-converted>不限</extra-converted>
        </message>
        <message>
            <source>gradient descent</source>
            <translation>梯度下降</translation>
            <extra-zh_CN>梯度下降</extra-zh_CN>
            <extra-converted>梯度下降</extra-converted>
        </message>
        <message>
            <source>momentum</source>
            <translation>動量</translation>
            <extra-zh_CN>动量</extra-zh_CN>
            <extra-converted>動量</extra-converted>
        </message>
        <message>
            <source>Pause</source>
            <translation>暫停</translation>
            <extra-zh_CN>暂停</extra-zh_CN>
            <extra-converted>暫停</extra-converted>
        </message>
        <message>
            <source>Run</source>
            <translation>執行</translation>
            <extra-zh_CN>运行</extra-zh_CN>
            <extra-converted>執行</extra-converted>
        </message>
        <message>
            <source>Run or pause gradient descent (Space).</source>
            <translation>執行或暫停梯度下降（空格鍵）。</translation>
            <extra-zh_CN>运行或暂停梯度下降（空格键）。</extra-zh_CN>
            <extra-converted>執行或暫停梯度下降（空格鍵）。</extra-converted>
        </message>
        <message>
            <source>Step</source>
            <translation>單步</translation>
            <extra-zh_CN>单步</extra-zh_CN>
            <extra-converted>單步</extra-converted>
        </message>
        <message>
            <source>One update: one batch, one gradient, one move of the parameters (→).</source>
            <translation>一次更新：一個批次、一次梯度、參數移動一步（→）。</translation>
            <extra-zh_CN>一次更新：一个批量、一次梯度、参数移动一步（→）。</extra-zh_CN>
            <extra-converted>一次更新：一個批次、一次梯度、參數移動一步（→）。</extra-converted>
        </message>
        <message>
            <source>Epoch</source>
            <translation>epoch</translation>
            <extra-zh_CN>回合</extra-zh_CN>
            <extra-converted>epoch</extra-converted>
        </message>
        <message>
            <source>Run to the end of this epoch: every training sample seen once.</source>
            <translation>執行到這個 epoch 結束：每個訓練樣本都用過一次。</translation>
            <extra-zh_CN>运行到本回合结束：每个训练样本都用过一次。</extra-zh_CN>
            <extra-converted>執行到這個 epoch 結束：每個訓練樣本都用過一次。</extra-converted>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
            <extra-zh_CN>重置</extra-zh_CN>
            <extra-converted>重置</extra-converted>
        </message>
        <message>
            <source>New random initial parameters from the seed; history cleared (R).</source>
            <translation>按隨機種子重新生成初始參數，並清空歷史（R）。</translation>
            <extra-zh_CN>按随机种子重新生成初始参数，并清空历史（R）。</extra-zh_CN>
            <extra-converted>按隨機種子重新生成初始參數，並清空歷史（R）。</extra-converted>
        </message>
        <message>
            <source>Seed</source>
            <translation>隨機種子</translation>
            <extra-zh_CN>随机种子</extra-zh_CN>
            <extra-converted>隨機種子</extra-converted>
        </message>
        <message>
            <source>Random seed: the same seed gives the same initial weights and batches.</source>
            <translation>隨機種子：相同的種子給出相同的初始權重和批次劃分。</translation>
            <extra-zh_CN>随机种子：相同的种子给出相同的初始权重和批量划分。</extra-zh_CN>
            <extra-converted>隨機種子：相同的種子給出相同的初始權重和批次劃分。</extra-converted>
        </message>
        <message>
            <source>Learning rate η</source>
            <translation>學習率 η</translation>
            <extra-zh_CN>学习率 η</extra-zh_CN>
            <extra-converted>學習率 η</extra-converted>
        </message>
        <message>
            <source>Learning rate η: each update moves the parameters by −η × gradient. Type a value or slide (log scale).</source>
            <translation>學習率 η：每次更新把參數移動 −η × 梯度。可輸入數值，或拖曳滑桿（對數刻度）。</translation>
            <extra-zh_CN>学习率 η：每次更新把参数移动 −η × 梯度。可输入数值，或拖动滑块（对数刻度）。</extra-zh_CN>
            <extra-converted>學習率 η：每次更新把參數移動 −η × 梯度。可輸入數值，或拖曳滑桿（對數刻度）。</extra-converted>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批次大小</translation>
            <extra-zh_CN>批量大小</extra-zh_CN>
            <extra-converted>批次大小</extra-converted>
        </message>
        <message>
            <source>Samples per update. “Full batch” uses all training data for every update; smaller batches give more, noisier updates per epoch.</source>
            <translation>每次更新用的樣本數。「全批次」每次更新都用全部訓練資料；批次越小，每個 epoch 的更新越多，也越嘈雜。</translation>
            <extra-zh_CN>每次更新用的样本数。“全批量”每次更新都用全部训练数据；批量越小，每回合的更新越多，也越嘈杂。</extra-zh_CN>
            <extra-converted>每次更新用的樣本數。「全批次」每次更新都用全部訓練資料；批次越小，每個 epoch 的更新越多，也越嘈雜。</extra-converted>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最佳化器</translation>
            <extra-zh_CN>优化器</extra-zh_CN>
            <extra-converted>最佳化器</extra-converted>
        </message>
        <message>
            <source>How the gradient moves the parameters: plain gradient descent (the lecture's), with momentum, or Adam.</source>
            <translation>梯度如何移動參數：普通梯度下降（課上講的）、帶動量的梯度下降，或 Adam。</translation>
            <extra-zh_CN>梯度如何移动参数：普通梯度下降（课上讲的）、带动量的梯度下降，或 Adam。</extra-zh_CN>
            <extra-converted>梯度如何移動參數：普通梯度下降（課上講的）、帶動量的梯度下降，或 Adam。</extra-converted>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
            <extra-zh_CN>损失</extra-zh_CN>
            <extra-converted>損失</extra-converted>
        </message>
        <message>
            <source>How a wrong prediction is measured: MAE averages |error|, MSE averages error².</source>
            <translation>如何衡量預測的誤差：MAE 取 |誤差| 的平均，MSE 取 誤差² 的平均。</translation>
            <extra-zh_CN>如何衡量预测的误差：MAE 取 |误差| 的平均，MSE 取 误差² 的平均。</extra-zh_CN>
            <extra-converted>如何衡量預測的誤差：MAE 取 |誤差| 的平均，MSE 取 誤差² 的平均。</extra-converted>
        </message>
        <message>
            <source>Speed (updates/s)</source>
            <translation>速度（次更新/秒）</translation>
            <extra-zh_CN>速度（次更新/秒）</extra-zh_CN>
            <extra-converted>速度（次更新/秒）</extra-converted>
        </message>
        <message>
            <source>Updates per second while running. Each lesson starts slow enough to watch; Step and Epoch ignore it.</source>
            <translation>執行時每秒的更新次數。每節課的預設速度都慢到足以看清過程；「單步」和「epoch」不受它影響。</translation>
            <extra-zh_CN>运行时每秒的更新次数。每节课的默认速度都慢到足以看清过程；“单步”和“回合”不受它影响。</extra-zh_CN>
            <extra-converted>執行時每秒的更新次數。每節課的預設速度都慢到足以看清過程；「單步」和「epoch」不受它影響。</extra-converted>
        </message>
        <message>
            <source>Stop after updates</source>
            <translation>更新次數上限</translation>
            <extra-zh_CN>更新次数上限</extra-zh_CN>
            <extra-converted>更新次數上限</extra-converted>
        </message>
        <message>
            <source>Stop after this many updates (0 = no limit).</source>
            <translation>更新這麼多次後停止（0 = 不限）。</translation>
            <extra-zh_CN>更新这么多次后停止（0 = 不限）。</extra-zh_CN>
            <extra-converted>更新這麼多次後停止（0 = 不限）。</extra-converted>
        </message>
        <message>
            <source>Stop when ‖g‖ &lt;</source>
            <translation>當 ‖g‖ &lt; 時停止</translation>
            <extra-zh_CN>当 ‖g‖ &lt; 时停止</extra-zh_CN>
            <extra-converted>當 ‖g‖ &lt; 時停止</extra-converted>
        </message>
        <message>
            <source>Stop when the gradient's length falls below this: a minimum, saddle point or plateau.</source>
            <translation>當梯度的長度低於此值時停止：到了最小值、鞍點或平台。</translation>
            <extra-zh_CN>当梯度的长度低于此值时停止：到了最小值、鞍点或平台。</extra-zh_CN>
            <extra-converted>當梯度的長度低於此值時停止：到了最小值、鞍點或平台。</extra-converted>
        </message>
        <message>
            <source>Weight decay λ</source>
            <translation>權重衰減 λ</translation>
            <extra-zh_CN>权重衰减 λ</extra-zh_CN>
            <extra-converted>權重衰減 λ</extra-converted>
        </message>
        <message>
            <source>Train on L + (λ/2)·Σw² (weights only, not biases): every update also pulls each weight towards 0 by η·λ·w, against overfitting. 0 = off. The loss curves show L without this term.</source>
            <translation>用 L + (λ/2)·Σw² 訓練（只含權重，不含偏置）：每次更新還會把每個權重往 0 拉 η·λ·w，用來對抗過擬合。0 = 關閉。損失曲線顯示的是不含這一項的 L。</translation>
            <extra-zh_CN>用 L + (λ/2)·Σw² 训练（只含权重，不含偏置）：每次更新还会把每个权重往 0 拉 η·λ·w，用来对抗过拟合。0 = 关闭。损失曲线显示的是不含这一项的 L。</extra-zh_CN>
            <extra-converted>用 L + (λ/2)·Σw² 訓練（只含權重，不含偏置）：每次更新還會把每個權重往 0 拉 η·λ·w，用來對抗過擬合。0 = 關閉。損失曲線顯示的是不含這一項的 L。</extra-converted>
        </message>
        <message>
            <source>L1 regularisation λ₁</source>
            <translation>L1 正則化 λ₁</translation>
            <extra-zh_CN>L1 正则化 λ₁</extra-zh_CN>
            <extra-converted>L1 正則化 λ₁</extra-converted>
        </message>
        <message>
            <source>Train on L + λ₁·Σ|w| (weights only, not biases): every update also moves each weight towards 0 by the same η·λ₁, whatever its size, so weights the data do not need end at or near 0. 0 = off. The loss curves show L without this term.</source>
            <translation>在 L + λ₁·Σ|w| 上訓練（只含權重，不含偏置）：每次更新還把每個權重朝 0 移動同樣的 η·λ₁，不論它多大，所以資料用不上的權重最終停在 0 或 0 附近。0 = 關閉。損失曲線顯示的是不含此項的 L。</translation>
            <extra-zh_CN>在 L + λ₁·Σ|w| 上训练（只含权重，不含偏置）：每次更新还把每个权重朝 0 移动同样的 η·λ₁，不论它多大，所以数据用不上的权重最终停在 0 或 0 附近。0 = 关闭。损失曲线显示的是不含此项的 L。</extra-zh_CN>
            <extra-converted>在 L + λ₁·Σ|w| 上訓練（只含權重，不含偏置）：每次更新還把每個權重朝 0 移動同樣的 η·λ₁，不論它多大，所以資料用不上的權重最終停在 0 或 0 附近。0 = 關閉。損失曲線顯示的是不含此項的 L。</extra-converted>
        </message>
        <message>
            <source>Full speed</source>
            <translation>全速</translation>
            <extra-zh_CN>全速</extra-zh_CN>
            <extra-converted>全速</extra-converted>
        </message>
        <message>
            <source>Train as fast as this computer can; click again for the lesson's watchable speed.</source>
            <translation>以這台電腦能達到的最快速度訓練；再點一次回到本課便於觀察的速度。</translation>
            <extra-zh_CN>以这台电脑能达到的最快速度训练；再点一次回到本课便于观察的速度。</extra-zh_CN>
            <extra-converted>以這台電腦能達到的最快速度訓練；再點一次回到本課便於觀察的速度。</extra-converted>
        </message>
        <message>
            <source>full batch</source>
            <translation>全批次</translation>
            <extra-zh_CN>全批量</extra-zh_CN>
            <extra-converted>全批次</extra-converted>
        </message>
        <message>
            <source>Lesson settings</source>
            <translation>課程設定</translation>
            <extra-zh_CN>课程设置</extra-zh_CN>
            <extra-converted>課程設定</extra-converted>
        </message>
    </context>
    <context>
        <name>CostTable</name>
        <message>
            <source>finite differences:</source>
            <translation>有限差分：</translation>
            <extra-zh_CN>有限差分：</extra-zh_CN>
            <extra-converted>有限差分：</extra-converted>
        </message>
        <message>
            <source>backpropagation:</source>
            <translation>反向傳播：</translation>
            <extra-zh_CN>反向传播：</extra-zh_CN>
            <extra-converted>反向傳播：</extra-converted>
        </message>
        <message>
            <source>Every ∂C/∂θ one at a time: one extra forward pass per parameter θ.</source>
            <translation>逐個計算每個 ∂C/∂θ：每個參數 θ 多做一次前向傳遞。</translation>
            <extra-zh_CN>逐个计算每个 ∂C/∂θ：每个参数 θ 多做一次前向传递。</extra-zh_CN>
            <extra-converted>逐個計算每個 ∂C/∂θ：每個參數 θ 多做一次前向傳遞。</extra-converted>
        </message>
        <message>
            <source>Every ∂C/∂θ at once: one forward and one backward sweep.</source>
            <translation>一次得到所有 ∂C/∂θ：一次前向傳遞加一次反向傳遞。</translation>
            <extra-zh_CN>一次得到所有 ∂C/∂θ：一次前向传递加一次反向传递。</extra-zh_CN>
            <extra-converted>一次得到所有 ∂C/∂θ：一次前向傳遞加一次反向傳遞。</extra-converted>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
            <extra-zh_CN>P</extra-zh_CN>
            <extra-converted>P</extra-converted>
        </message>
        <message>
            <source>finite differences</source>
            <translation>有限差分</translation>
            <extra-zh_CN>有限差分</extra-zh_CN>
            <extra-converted>有限差分</extra-converted>
        </message>
        <message>
            <source>backprop</source>
            <translation>反向傳播</translation>
            <extra-zh_CN>反向传播</extra-zh_CN>
            <extra-converted>反向傳播</extra-converted>
        </message>
        <message>
            <source>ratio</source>
            <translation>倍數</translation>
            <extra-zh_CN>倍数</extra-zh_CN>
            <extra-converted>倍數</extra-converted>
        </message>
        <message>
            <source>P: the network's parameters, weights and biases.</source>
            <translation>P：網路的參數個數，即權重和偏置。</translation>
            <extra-zh_CN>P：网络的参数个数，即权重和偏置。</extra-zh_CN>
            <extra-converted>P：網路的參數個數，即權重和偏置。</extra-converted>
        </message>
        <message>
            <source>(P + 1)·W: one forward pass (W multiplications) for L, then one more per parameter.</source>
            <translation>(P + 1)·W：先做一次前向傳遞（W 次乘法）算出 L，再為每個參數各做一次。</translation>
            <extra-zh_CN>(P + 1)·W：先做一次前向传递（W 次乘法）算出 L，再为每个参数各做一次。</extra-zh_CN>
            <extra-converted>(P + 1)·W：先做一次前向傳遞（W 次乘法）算出 L，再為每個參數各做一次。</extra-converted>
        </message>
        <message>
            <source>Backpropagation: the forward pass (W) and one backward sweep: a·∂C/∂z for every weight (W), ∂C/∂z sent back through the weights of every layer but the first, and σ′(z) at every neuron.</source>
            <translation>反向傳播：前向傳遞（W）加一次反向傳遞：每個權重的 a·∂C/∂z（W），∂C/∂z 經過除第一層以外各層的權重往回傳，以及每個神經元的 σ′(z)。</translation>
            <extra-zh_CN>反向传播：前向传递（W）加一次反向传递：每个权重的 a·∂C/∂z（W），∂C/∂z 经过除第一层以外各层的权重往回传，以及每个神经元的 σ′(z)。</extra-zh_CN>
            <extra-converted>反向傳播：前向傳遞（W）加一次反向傳遞：每個權重的 a·∂C/∂z（W），∂C/∂z 經過除第一層以外各層的權重往回傳，以及每個神經元的 σ′(z)。</extra-converted>
        </message>
        <message>
            <source>How many times more work finite differences take.</source>
            <translation>有限差分的計算量是反向傳播的多少倍。</translation>
            <extra-zh_CN>有限差分的计算量是反向传播的多少倍。</extra-zh_CN>
            <extra-converted>有限差分的計算量是反向傳播的多少倍。</extra-converted>
        </message>
        <message>
            <source>Multiplications for one sample's ∂C/∂θ of all %1 parameters of this network, %2: backpropagation needs &lt;b&gt;%3 fewer&lt;/b&gt; — and the larger the network, the more.</source>
            <translation>為一個樣本算出這個網路 %2 全部 %1 個參數的 ∂C/∂θ 所需的乘法次數：有限差分是反向傳播的 &lt;b&gt;%3&lt;/b&gt; —— 網路越大，差得越多。</translation>
            <extra-zh_CN>为一个样本算出这个网络 %2 全部 %1 个参数的 ∂C/∂θ 所需的乘法次数：有限差分是反向传播的 &lt;b&gt;%3&lt;/b&gt; —— 网络越大，差得越多。</extra-zh_CN>
            <extra-converted>為一個樣本算出這個網路 %2 全部 %1 個參數的 ∂C/∂θ 所需的乘法次數：有限差分是反向傳播的 &lt;b&gt;%3&lt;/b&gt; —— 網路越大，差得越多。</extra-converted>
        </message>
        <message>
            <source>%1 (this network)</source>
            <translation>%1（這個網路）</translation>
            <extra-zh_CN>%1（这个网络）</extra-zh_CN>
            <extra-converted>%1（這個網路）</extra-converted>
        </message>
    </context>
    <context>
        <name>CostWarning</name>
        <message>
            <source>%1 min</source>
            <translation>%1 分鐘</translation>
            <extra-zh_CN>%1 分钟</extra-zh_CN>
            <extra-converted>%1 分鐘</extra-converted>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
            <extra-zh_CN>%1 秒</extra-zh_CN>
            <extra-converted>%1 秒</extra-converted>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
            <extra-zh_CN>%1 毫秒</extra-zh_CN>
            <extra-converted>%1 毫秒</extra-converted>
        </message>
        <message>
            <source>This network has %1 parameters. With batches of %2 samples, each update needs about %3 of memory and takes about %4 on this computer, so training will be slow and the applet may answer late.</source>
            <translation>這個網路有 %1 個參數。批次為 %2 個樣本時，每次更新約需 %3 記憶體，在這台電腦上約需 %4，因此訓練會很慢，程式的回應也可能變慢。</translation>
            <extra-zh_CN>这个网络有 %1 个参数。批量为 %2 个样本时，每次更新约需 %3 内存，在这台电脑上约需 %4，因此训练会很慢，程序的响应也可能变慢。</extra-zh_CN>
            <extra-converted>這個網路有 %1 個參數。批次為 %2 個樣本時，每次更新約需 %3 記憶體，在這台電腦上約需 %4，因此訓練會很慢，程式的回應也可能變慢。</extra-converted>
        </message>
        <message>
            <source>A large network</source>
            <translation>大型網路</translation>
            <extra-zh_CN>大型网络</extra-zh_CN>
            <extra-converted>大型網路</extra-converted>
        </message>
        <message>
            <source>Smaller layers or smaller batches are much faster. Pause works at any time: it takes effect when the update in progress ends.</source>
            <translation>更小的層或更小的批次會快得多。隨時可以暫停：目前這次更新結束後即生效。</translation>
            <extra-zh_CN>更小的层或更小的批量会快得多。随时可以暂停：当前这次更新结束后即生效。</extra-zh_CN>
            <extra-converted>更小的層或更小的批次會快得多。隨時可以暫停：目前這次更新結束後即生效。</extra-converted>
        </message>
        <message>
            <source>Train it</source>
            <translation>仍然訓練</translation>
            <extra-zh_CN>仍然训练</extra-zh_CN>
            <extra-converted>仍然訓練</extra-converted>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong inside the applet (a bug, not your mistake):
%1</source>
            <translation>程式內部出錯了（這是程式的缺陷，不是你的錯）：
%1</translation>
            <extra-zh_CN>程序内部出错了（这是程序的缺陷，不是你的错）：
%1</extra-zh_CN>
            <extra-converted>程式內部出錯了（這是程式的缺陷，不是你的錯）：
%1</extra-converted>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外錯誤</translation>
            <extra-zh_CN>意外错误</extra-zh_CN>
            <extra-converted>意外錯誤</extra-converted>
        </message>
    </context>
    <context>
        <name>DataError</name>
        <message>
            <source>Unknown activation %1; choose one of: %2.</source>
            <translation>未知的激活函數 %1；請從以下選擇：%2。</translation>
            <extra-zh_CN>未知的激活函数 %1；请从以下选择：%2。</extra-zh_CN>
            <extra-converted>未知的激活函數 %1；請從以下選擇：%2。</extra-converted>
        </message>
        <message>
            <source>The inputs must be numbers.</source>
            <translation>輸入必須是數字。</translation>
            <extra-zh_CN>输入必须是数字。</extra-zh_CN>
            <extra-converted>輸入必須是數字。</extra-converted>
        </message>
        <message>
            <source>The network has %1 input(s); got %2 input value(s).</source>
            <translation>網路有 %1 個輸入；收到的是 %2 個輸入值。</translation>
            <extra-zh_CN>网络有 %1 个输入；收到的是 %2 个输入值。</extra-zh_CN>
            <extra-converted>網路有 %1 個輸入；收到的是 %2 個輸入值。</extra-converted>
        </message>
        <message>
            <source>The inputs contain NaN or infinity.</source>
            <translation>輸入中含有 NaN 或無窮大。</translation>
            <extra-zh_CN>输入中含有 NaN 或无穷大。</extra-zh_CN>
            <extra-converted>輸入中含有 NaN 或無窮大。</extra-converted>
        </message>
        <message>
            <source>Cross-entropy needs one class index (0, 1, 2, …) as the target.</source>
            <translation>交叉熵需要一個類別編號（0、1、2……）作為目標。</translation>
            <extra-zh_CN>交叉熵需要一个类别编号（0、1、2……）作为目标。</extra-zh_CN>
            <extra-converted>交叉熵需要一個類別編號（0、1、2……）作為目標。</extra-converted>
        </message>
        <message>
            <source>The targets must be numbers.</source>
            <translation>目標必須是數字。</translation>
            <extra-zh_CN>目标必须是数字。</extra-zh_CN>
            <extra-converted>目標必須是數字。</extra-converted>
        </message>
        <message>
            <source>The network has %1 output(s); got %2 target value(s).</source>
            <translation>網路有 %1 個輸出；收到的是 %2 個目標值。</translation>
            <extra-zh_CN>网络有 %1 个输出；收到的是 %2 个目标值。</extra-zh_CN>
            <extra-converted>網路有 %1 個輸出；收到的是 %2 個目標值。</extra-converted>
        </message>
        <message>
            <source>The targets contain NaN or infinity.</source>
            <translation>目標中含有 NaN 或無窮大。</translation>
            <extra-zh_CN>目标中含有 NaN 或无穷大。</extra-zh_CN>
            <extra-converted>目標中含有 NaN 或無窮大。</extra-converted>
        </message>
        <message>
            <source>The learning rate must be a number.</source>
            <translation>學習率必須是數字。</translation>
            <extra-zh_CN>学习率必须是数字。</extra-zh_CN>
            <extra-converted>學習率必須是數字。</extra-converted>
        </message>
        <message>
            <source>The learning rate must be a finite number.</source>
            <translation>學習率必須是有限的數。</translation>
            <extra-zh_CN>学习率必须是有限的数。</extra-zh_CN>
            <extra-converted>學習率必須是有限的數。</extra-converted>
        </message>
        <message>
            <source>Show between 1 and 17 significant digits.</source>
            <translation>有效數字請在 1 到 17 位之間。</translation>
            <extra-zh_CN>有效数字请在 1 到 17 位之间。</extra-zh_CN>
            <extra-converted>有效數字請在 1 到 17 位之間。</extra-converted>
        </message>
        <message>
            <source>∂C/∂y must be numbers.</source>
            <translation>∂C/∂y 必須是數字。</translation>
            <extra-zh_CN>∂C/∂y 必须是数字。</extra-zh_CN>
            <extra-converted>∂C/∂y 必須是數字。</extra-converted>
        </message>
        <message>
            <source>The network has %1 output(s); got %2 value(s) of ∂C/∂y.</source>
            <translation>網路有 %1 個輸出；收到的是 %2 個 ∂C/∂y 值。</translation>
            <extra-zh_CN>网络有 %1 个输出；收到的是 %2 个 ∂C/∂y 值。</extra-zh_CN>
            <extra-converted>網路有 %1 個輸出；收到的是 %2 個 ∂C/∂y 值。</extra-converted>
        </message>
        <message>
            <source>∂C/∂y contains NaN or infinity.</source>
            <translation>∂C/∂y 中含有 NaN 或無窮大。</translation>
            <extra-zh_CN>∂C/∂y 中含有 NaN 或无穷大。</extra-zh_CN>
            <extra-converted>∂C/∂y 中含有 NaN 或無窮大。</extra-converted>
        </message>
        <message>
            <source>%1 input rows but %2 targets.</source>
            <translation>有 %1 行輸入，卻有 %2 個目標。</translation>
            <extra-zh_CN>有 %1 行输入，却有 %2 个目标。</extra-zh_CN>
            <extra-converted>有 %1 行輸入，卻有 %2 個目標。</extra-converted>
        </message>
        <message>
            <source>The start and the learning rate must be numbers.</source>
            <translation>起點和學習率必須是數字。</translation>
            <extra-zh_CN>起点和学习率必须是数字。</extra-zh_CN>
            <extra-converted>起點和學習率必須是數字。</extra-converted>
        </message>
        <message>
            <source>Start gradient descent between %1 and %2, not at %3.</source>
            <translation>梯度下降的起點請在 %1 和 %2 之間，而不是 %3。</translation>
            <extra-zh_CN>梯度下降的起点请在 %1 和 %2 之间，而不是 %3。</extra-zh_CN>
            <extra-converted>梯度下降的起點請在 %1 和 %2 之間，而不是 %3。</extra-converted>
        </message>
        <message>
            <source>The learning rate must be a positive, finite number, not %1.</source>
            <translation>學習率必須是有限的正數，而不是 %1。</translation>
            <extra-zh_CN>学习率必须是有限的正数，而不是 %1。</extra-zh_CN>
            <extra-converted>學習率必須是有限的正數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>The number of steps must be a whole number ≥ 0, not %1.</source>
            <translation>步數必須是 ≥ 0 的整數，而不是 %1。</translation>
            <extra-zh_CN>步数必须是 ≥ 0 的整数，而不是 %1。</extra-zh_CN>
            <extra-converted>步數必須是 ≥ 0 的整數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>The number of restarts must be a whole number ≥ 1, not %1.</source>
            <translation>重新開始的次數必須是 ≥ 1 的整數，而不是 %1。</translation>
            <extra-zh_CN>重新开始的次数必须是 ≥ 1 的整数，而不是 %1。</extra-zh_CN>
            <extra-converted>重新開始的次數必須是 ≥ 1 的整數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>Neuron contributions need a network with one linear output neuron.</source>
            <translation>要顯示各神經元的貢獻，網路需要恰好一個線性輸出神經元。</translation>
            <extra-zh_CN>要显示各神经元的贡献，网络需要恰好一个线性输出神经元。</extra-zh_CN>
            <extra-converted>要顯示各神經元的貢獻，網路需要恰好一個線性輸出神經元。</extra-converted>
        </message>
        <message>
            <source>This network has no hidden layer.</source>
            <translation>這個網路沒有隱藏層。</translation>
            <extra-zh_CN>这个网络没有隐藏层。</extra-zh_CN>
            <extra-converted>這個網路沒有隱藏層。</extra-converted>
        </message>
        <message>
            <source>%1 is %2 MB; a table of daily counts is far smaller (at most %3 MB). Is it the right file?</source>
            <translation>%1 有 %2 MB；每日計數表要小得多（最多 %3 MB）。是不是選錯了檔案？</translation>
            <extra-zh_CN>%1 有 %2 MB；每日计数表要小得多（最多 %3 MB）。是不是选错了文件？</extra-zh_CN>
            <extra-converted>%1 有 %2 MB；每日計數表要小得多（最多 %3 MB）。是不是選錯了檔案？</extra-converted>
        </message>
        <message>
            <source>The file has %1 rows of counts; the applet reads at most %2 days (a century).</source>
            <translation>檔案中有 %1 行計數；本程式最多讀取 %2 天（一個世紀）。</translation>
            <extra-zh_CN>文件中有 %1 行计数；本程序最多读取 %2 天（一个世纪）。</extra-zh_CN>
            <extra-converted>檔案中有 %1 行計數；本程式最多讀取 %2 天（一個世紀）。</extra-converted>
        </message>
        <message>
            <source>The dates run from %1 to %2; the applet reads at most %3 days (a century).</source>
            <translation>日期從 %1 到 %2；本程式最多讀取 %3 天（一個世紀）。</translation>
            <extra-zh_CN>日期从 %1 到 %2；本程序最多读取 %3 天（一个世纪）。</extra-zh_CN>
            <extra-converted>日期從 %1 到 %2；本程式最多讀取 %3 天（一個世紀）。</extra-converted>
        </message>
        <message>
            <source>The file has counts for %1 day(s); at least %2 are needed.</source>
            <translation>檔案中只有 %1 天的計數；至少需要 %2 天。</translation>
            <extra-zh_CN>文件中只有 %1 天的计数；至少需要 %2 天。</extra-zh_CN>
            <extra-converted>檔案中只有 %1 天的計數；至少需要 %2 天。</extra-converted>
        </message>
        <message>
            <source>This is not a text file (it contains NUL bytes). Save the table as 'CSV (UTF-8)' and import that.</source>
            <translation>這不是文字檔案（其中含有 NUL 位元組）。請把表格另存為「CSV (UTF-8)」再匯入。</translation>
            <extra-zh_CN>这不是文本文件（其中含有 NUL 字节）。请把表格另存为“CSV (UTF-8)”再导入。</extra-zh_CN>
            <extra-converted>這不是文字檔案（其中含有 NUL 位元組）。請把表格另存為「CSV (UTF-8)」再匯入。</extra-converted>
        </message>
        <message>
            <source>This file is not readable text (it is neither UTF-8 nor plain Latin-1). Save the table as 'CSV (UTF-8)' and import that.</source>
            <translation>這個檔案不是可讀的文字（既不是 UTF-8，也不是普通的 Latin-1）。請把表格另存為「CSV (UTF-8)」再匯入。</translation>
            <extra-zh_CN>这个文件不是可读的文本（既不是 UTF-8，也不是普通的 Latin-1）。请把表格另存为“CSV (UTF-8)”再导入。</extra-zh_CN>
            <extra-converted>這個檔案不是可讀的文字（既不是 UTF-8，也不是普通的 Latin-1）。請把表格另存為「CSV (UTF-8)」再匯入。</extra-converted>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>檔案是空的。</translation>
            <extra-zh_CN>文件是空的。</extra-zh_CN>
            <extra-converted>檔案是空的。</extra-converted>
        </message>
        <message>
            <source>Line %1 is not valid CSV (%2); check its quotation marks.</source>
            <translation>第 %1 行不是有效的 CSV（%2）；請檢查其中的引號。</translation>
            <extra-zh_CN>第 %1 行不是有效的 CSV（%2）；请检查其中的引号。</extra-zh_CN>
            <extra-converted>第 %1 行不是有效的 CSV（%2）；請檢查其中的引號。</extra-converted>
        </message>
        <message>
            <source>The file has no rows of dates and counts.</source>
            <translation>檔案中沒有日期和計數的行。</translation>
            <extra-zh_CN>文件中没有日期和计数的行。</extra-zh_CN>
            <extra-converted>檔案中沒有日期和計數的行。</extra-converted>
        </message>
        <message>
            <source>Line %1 has more columns than the header names (%2): it reads %3. Put a number written with a thousands comma in quotes ("1,234"), or remove the extra cells.</source>
            <translation>第 %1 行的列數多於表頭所列的 %2 列：內容為 %3。帶千位逗號的數字請加引號（"1,234"），或刪去多餘的單元格。</translation>
            <extra-zh_CN>第 %1 行的列数多于表头所列的 %2 列：内容为 %3。带千位逗号的数字请加引号（"1,234"），或删去多余的单元格。</extra-zh_CN>
            <extra-converted>第 %1 行的列數多於表頭所列的 %2 列：內容為 %3。帶千位逗號的數字請加引號（"1,234"），或刪去多餘的單元格。</extra-converted>
        </message>
        <message>
            <source>Line %1 reads %2: is a comma there a thousands separator or a column break? Put numbers written with commas in quotes ("1,234"), or add a header line naming the columns.</source>
            <translation>第 %1 行內容為 %2：其中的逗號是千位分隔符還是列分隔符？請給帶逗號的數字加引號（"1,234"），或加一行表頭寫明各列名稱。</translation>
            <extra-zh_CN>第 %1 行内容为 %2：其中的逗号是千位分隔符还是列分隔符？请给带逗号的数字加引号（"1,234"），或加一行表头写明各列名称。</extra-zh_CN>
            <extra-converted>第 %1 行內容為 %2：其中的逗號是千位分隔符還是列分隔符？請給帶逗號的數字加引號（"1,234"），或加一行表頭寫明各列名稱。</extra-converted>
        </message>
        <message>
            <source>No date column found: line %1 reads %2. Dates must be written year first, like 2021-01-31 or 2021/01/31.</source>
            <translation>找不到日期列：第 %1 行內容為 %2。日期必須年份在前，例如 2021-01-31 或 2021/01/31。</translation>
            <extra-zh_CN>找不到日期列：第 %1 行内容为 %2。日期必须年份在前，例如 2021-01-31 或 2021/01/31。</extra-zh_CN>
            <extra-converted>找不到日期列：第 %1 行內容為 %2。日期必須年份在前，例如 2021-01-31 或 2021/01/31。</extra-converted>
        </message>
        <message>
            <source>No column of counts found after the dates: line %1 reads %2. Put the daily counts in a column to the right of the dates.</source>
            <translation>日期之後找不到計數列：第 %1 行內容為 %2。請把每日計數放在日期右邊的一欄。</translation>
            <extra-zh_CN>日期之后找不到计数列：第 %1 行内容为 %2。请把每日计数放在日期右边的一列。</extra-zh_CN>
            <extra-converted>日期之後找不到計數列：第 %1 行內容為 %2。請把每日計數放在日期右邊的一欄。</extra-converted>
        </message>
        <message>
            <source>Line %1 has no count: expected one in column %2, but the line reads %3.</source>
            <translation>第 %1 行沒有計數：第 %2 列應當有一個計數，但這一行的內容為 %3。</translation>
            <extra-zh_CN>第 %1 行没有计数：第 %2 列应当有一个计数，但这一行的内容为 %3。</extra-zh_CN>
            <extra-converted>第 %1 行沒有計數：第 %2 列應當有一個計數，但這一行的內容為 %3。</extra-converted>
        </message>
        <message>
            <source>Line %1: the date %2 appears twice (also on line %3).</source>
            <translation>第 %1 行：日期 %2 出現了兩次（第 %3 行也有）。</translation>
            <extra-zh_CN>第 %1 行：日期 %2 出现了两次（第 %3 行也有）。</extra-zh_CN>
            <extra-converted>第 %1 行：日期 %2 出現了兩次（第 %3 行也有）。</extra-converted>
        </message>
        <message>
            <source>Line %1: %2 is not a date. Write dates year first, like 2021-01-31.</source>
            <translation>第 %1 行：%2 不是日期。日期請年份在前，例如 2021-01-31。</translation>
            <extra-zh_CN>第 %1 行：%2 不是日期。日期请年份在前，例如 2021-01-31。</extra-zh_CN>
            <extra-converted>第 %1 行：%2 不是日期。日期請年份在前，例如 2021-01-31。</extra-converted>
        </message>
        <message>
            <source>Line %1: %2 is not a real date (%3).</source>
            <translation>第 %1 行：%2 不是真實存在的日期（%3）。</translation>
            <extra-zh_CN>第 %1 行：%2 不是真实存在的日期（%3）。</extra-zh_CN>
            <extra-converted>第 %1 行：%2 不是真實存在的日期（%3）。</extra-converted>
        </message>
        <message>
            <source>Line %1: the count is missing.</source>
            <translation>第 %1 行：缺少計數。</translation>
            <extra-zh_CN>第 %1 行：缺少计数。</extra-zh_CN>
            <extra-converted>第 %1 行：缺少計數。</extra-converted>
        </message>
        <message>
            <source>Line %1: %2 is not a finite number.</source>
            <translation>第 %1 行：%2 不是有限的數。</translation>
            <extra-zh_CN>第 %1 行：%2 不是有限的数。</extra-zh_CN>
            <extra-converted>第 %1 行：%2 不是有限的數。</extra-converted>
        </message>
        <message>
            <source>Line %1: %2 is not a number (use a dot as the decimal point).</source>
            <translation>第 %1 行：%2 不是數字（請用點作小數點）。</translation>
            <extra-zh_CN>第 %1 行：%2 不是数字（请用点作小数点）。</extra-zh_CN>
            <extra-converted>第 %1 行：%2 不是數字（請用點作小數點）。</extra-converted>
        </message>
        <message>
            <source>Line %1: %2 is not a number.</source>
            <translation>第 %1 行：%2 不是數字。</translation>
            <extra-zh_CN>第 %1 行：%2 不是数字。</extra-zh_CN>
            <extra-converted>第 %1 行：%2 不是數字。</extra-converted>
        </message>
        <message>
            <source>Line %1: %2 is too large to be a daily count (at most %3).</source>
            <translation>第 %1 行：%2 太大，不可能是一天的計數（最多 %3）。</translation>
            <extra-zh_CN>第 %1 行：%2 太大，不可能是一天的计数（最多 %3）。</extra-zh_CN>
            <extra-converted>第 %1 行：%2 太大，不可能是一天的計數（最多 %3）。</extra-converted>
        </message>
        <message>
            <source>Line %1: the count %2 is negative; counts cannot be below 0.</source>
            <translation>第 %1 行：計數 %2 是負數；計數不能小於 0。</translation>
            <extra-zh_CN>第 %1 行：计数 %2 是负数；计数不能小于 0。</extra-zh_CN>
            <extra-converted>第 %1 行：計數 %2 是負數；計數不能小於 0。</extra-converted>
        </message>
        <message>
            <source>A curve needs at least 2 points, not %1.</source>
            <translation>曲線至少需要 2 個點，而不是 %1 個。</translation>
            <extra-zh_CN>曲线至少需要 2 个点，而不是 %1 个。</extra-zh_CN>
            <extra-converted>曲線至少需要 2 個點，而不是 %1 個。</extra-converted>
        </message>
        <message>
            <source>A drawing must be a non-empty two-dimensional image.</source>
            <translation>手寫圖必須是非空的二維影象。</translation>
            <extra-zh_CN>手写图必须是非空的二维图像。</extra-zh_CN>
            <extra-converted>手寫圖必須是非空的二維影象。</extra-converted>
        </message>
        <message>
            <source>A drawing's ink must lie between 0 (paper) and 1 (ink).</source>
            <translation>手寫圖的墨跡值必須在 0（紙）和 1（墨）之間。</translation>
            <extra-zh_CN>手写图的墨迹值必须在 0（纸）和 1（墨）之间。</extra-zh_CN>
            <extra-converted>手寫圖的墨跡值必須在 0（紙）和 1（墨）之間。</extra-converted>
        </message>
        <message>
            <source>Only a square drawing can be shrunk to 16×16 as it is.</source>
            <translation>只有正方形的手寫圖才能直接縮小到 16×16。</translation>
            <extra-zh_CN>只有正方形的手写图才能直接缩小到 16×16。</extra-zh_CN>
            <extra-converted>只有正方形的手寫圖才能直接縮小到 16×16。</extra-converted>
        </message>
        <message>
            <source>A daily series needs one value per date; got %1 dates and %2 values.</source>
            <translation>每日序列需要每個日期一個值；收到 %1 個日期和 %2 個值。</translation>
            <extra-zh_CN>每日序列需要每个日期一个值；收到 %1 个日期和 %2 个值。</extra-zh_CN>
            <extra-converted>每日序列需要每個日期一個值；收到 %1 個日期和 %2 個值。</extra-converted>
        </message>
        <message>
            <source>A daily series needs at least one day.</source>
            <translation>每日序列至少需要一天。</translation>
            <extra-zh_CN>每日序列至少需要一天。</extra-zh_CN>
            <extra-converted>每日序列至少需要一天。</extra-converted>
        </message>
        <message>
            <source>The value on %1 is not a finite number.</source>
            <translation>%1 的值不是有限的數。</translation>
            <extra-zh_CN>%1 的值不是有限的数。</extra-zh_CN>
            <extra-converted>%1 的值不是有限的數。</extra-converted>
        </message>
        <message>
            <source>The dates must go forward, but %1 comes after %2.</source>
            <translation>日期必須向後排，但 %1 排在 %2 之後。</translation>
            <extra-zh_CN>日期必须向后排，但 %1 排在 %2 之后。</extra-zh_CN>
            <extra-converted>日期必須向後排，但 %1 排在 %2 之後。</extra-converted>
        </message>
        <message>
            <source>Keep between 1 and %1 days unseen, not %2.</source>
            <translation>測試的天數請在 1 到 %1 之間，而不是 %2。</translation>
            <extra-zh_CN>测试的天数请在 1 到 %1 之间，而不是 %2。</extra-zh_CN>
            <extra-converted>測試的天數請在 1 到 %1 之間，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>Train on at least one year, not %1.</source>
            <translation>請至少用一年來訓練，而不是 %1。</translation>
            <extra-zh_CN>请至少用一年来训练，而不是 %1。</extra-zh_CN>
            <extra-converted>請至少用一年來訓練，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>The model needs at least one day of features, not %1.</source>
            <translation>模型至少需要一天的特徵，而不是 %1。</translation>
            <extra-zh_CN>模型至少需要一天的特征，而不是 %1。</extra-zh_CN>
            <extra-converted>模型至少需要一天的特徵，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>To use %1 previous days as features the series needs at least %2 days, but it has only %3.</source>
            <translation>要用前 %1 天作特徵，序列至少需要 %2 天，但它只有 %3 天。</translation>
            <extra-zh_CN>要用前 %1 天作特征，序列至少需要 %2 天，但它只有 %3 天。</extra-zh_CN>
            <extra-converted>要用前 %1 天作特徵，序列至少需要 %2 天，但它只有 %3 天。</extra-converted>
        </message>
        <message>
            <source>Every %1-day window of the series touches a missing day: no example is left.</source>
            <translation>序列中每個 %1 天的視窗都碰到了缺失的日子：一個樣本也沒有剩下。</translation>
            <extra-zh_CN>序列中每个 %1 天的窗口都碰到了缺失的日子：一个样本也没有剩下。</extra-zh_CN>
            <extra-converted>序列中每個 %1 天的視窗都碰到了缺失的日子：一個樣本也沒有剩下。</extra-converted>
        </message>
        <message>
            <source>There is no built-in data set %1.</source>
            <translation>沒有內建資料集 %1。</translation>
            <extra-zh_CN>没有内置数据集 %1。</extra-zh_CN>
            <extra-converted>沒有內建資料集 %1。</extra-converted>
        </message>
        <message>
            <source>Missing days are filled or dropped, not %1.</source>
            <translation>缺失的日子只能填補或捨去，不能是 %1。</translation>
            <extra-zh_CN>缺失的日子只能填补或舍去，不能是 %1。</extra-zh_CN>
            <extra-converted>缺失的日子只能填補或捨去，不能是 %1。</extra-converted>
        </message>
        <message>
            <source>The first unseen day %1 is not a date.</source>
            <translation>第一個測試日 %1 不是日期。</translation>
            <extra-zh_CN>第一个测试日 %1 不是日期。</extra-zh_CN>
            <extra-converted>第一個測試日 %1 不是日期。</extra-converted>
        </message>
        <message>
            <source>%1 is not an ordinary file (it is a folder, a device or a pipe).</source>
            <translation>%1 不是普通檔案（它是資料夾、裝置或管道）。</translation>
            <extra-zh_CN>%1 不是普通文件（它是文件夹、设备或管道）。</extra-zh_CN>
            <extra-converted>%1 不是普通檔案（它是資料夾、裝置或管道）。</extra-converted>
        </message>
        <message>
            <source>Could not open %1: %2.</source>
            <translation>無法開啟 %1：%2。</translation>
            <extra-zh_CN>无法打开 %1：%2。</extra-zh_CN>
            <extra-converted>無法開啟 %1：%2。</extra-converted>
        </message>
        <message>
            <source>Could not write %1: %2.</source>
            <translation>無法寫入 %1：%2。</translation>
            <extra-zh_CN>无法写入 %1：%2。</extra-zh_CN>
            <extra-converted>無法寫入 %1：%2。</extra-converted>
        </message>
        <message>
            <source>Only %1 neurons have a kink to spread, not %2.</source>
            <translation>只有 %1 個神經元有可以分散的拐點，而不是 %2 個。</translation>
            <extra-zh_CN>只有 %1 个神经元有可以分散的拐点，而不是 %2 个。</extra-zh_CN>
            <extra-converted>只有 %1 個神經元有可以分散的拐點，而不是 %2 個。</extra-converted>
        </message>
        <message>
            <source>Spreading kinks needs at least one neuron and an interval with hi &gt; lo.</source>
            <translation>分散拐點需要至少一個神經元，以及一個 hi &gt; lo 的區間。</translation>
            <extra-zh_CN>分散拐点需要至少一个神经元，以及一个 hi &gt; lo 的区间。</extra-zh_CN>
            <extra-converted>分散拐點需要至少一個神經元，以及一個 hi &gt; lo 的區間。</extra-converted>
        </message>
        <message>
            <source>The slice is drawn for MSE or MAE, not %1.</source>
            <translation>切面只針對 MSE 或 MAE 繪製，不針對 %1。</translation>
            <extra-zh_CN>切面只针对 MSE 或 MAE 绘制，不针对 %1。</extra-zh_CN>
            <extra-converted>切面只針對 MSE 或 MAE 繪製，不針對 %1。</extra-converted>
        </message>
        <message>
            <source>Cross-entropy needs whole-number class labels (0, 1, 2, …).</source>
            <translation>交叉熵需要整數的類別標籤（0、1、2……）。</translation>
            <extra-zh_CN>交叉熵需要整数的类别标签（0、1、2……）。</extra-zh_CN>
            <extra-converted>交叉熵需要整數的類別標籤（0、1、2……）。</extra-converted>
        </message>
        <message>
            <source>Class labels must lie between 0 and %1 for a network with %2 outputs.</source>
            <translation>對有 %2 個輸出的網路，類別標籤必須在 0 到 %1 之間。</translation>
            <extra-zh_CN>对有 %2 个输出的网络，类别标签必须在 0 到 %1 之间。</extra-zh_CN>
            <extra-converted>對有 %2 個輸出的網路，類別標籤必須在 0 到 %1 之間。</extra-converted>
        </message>
        <message>
            <source>%1 labels for %2 samples.</source>
            <translation>%2 個樣本卻有 %1 個標籤。</translation>
            <extra-zh_CN>%2 个样本却有 %1 个标签。</extra-zh_CN>
            <extra-converted>%2 個樣本卻有 %1 個標籤。</extra-converted>
        </message>
        <message>
            <source>Unknown loss %1; choose one of: %2.</source>
            <translation>未知的損失 %1；請從以下選擇：%2。</translation>
            <extra-zh_CN>未知的损失 %1；请从以下选择：%2。</extra-zh_CN>
            <extra-converted>未知的損失 %1；請從以下選擇：%2。</extra-converted>
        </message>
        <message>
            <source>Accuracy needs at least one sample.</source>
            <translation>計算準確率至少需要一個樣本。</translation>
            <extra-zh_CN>计算准确率至少需要一个样本。</extra-zh_CN>
            <extra-converted>計算準確率至少需要一個樣本。</extra-converted>
        </message>
        <message>
            <source>%1 true labels for %2 predictions.</source>
            <translation>%2 個預測卻有 %1 個真實標籤。</translation>
            <extra-zh_CN>%2 个预测却有 %1 个真实标签。</extra-zh_CN>
            <extra-converted>%2 個預測卻有 %1 個真實標籤。</extra-converted>
        </message>
        <message>
            <source>Classes must lie between 0 and %1.</source>
            <translation>類別必須在 0 到 %1 之間。</translation>
            <extra-zh_CN>类别必须在 0 到 %1 之间。</extra-zh_CN>
            <extra-converted>類別必須在 0 到 %1 之間。</extra-converted>
        </message>
        <message>
            <source>weights</source>
            <translation>權重</translation>
            <extra-zh_CN>权重</extra-zh_CN>
            <extra-converted>權重</extra-converted>
        </message>
        <message>
            <source>biases</source>
            <translation>偏置</translation>
            <extra-zh_CN>偏置</extra-zh_CN>
            <extra-converted>偏置</extra-converted>
        </message>
        <message>
            <source>A layer needs a whole number of neurons, not %1.</source>
            <translation>一層的神經元數必須是整數，而不是 %1。</translation>
            <extra-zh_CN>一层的神经元数必须是整数，而不是 %1。</extra-zh_CN>
            <extra-converted>一層的神經元數必須是整數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>A layer needs at least one neuron.</source>
            <translation>一層至少需要一個神經元。</translation>
            <extra-zh_CN>一层至少需要一个神经元。</extra-zh_CN>
            <extra-converted>一層至少需要一個神經元。</extra-converted>
        </message>
        <message>
            <source>A network needs at least one input, not %1.</source>
            <translation>網路至少需要一個輸入，而不是 %1。</translation>
            <extra-zh_CN>网络至少需要一个输入，而不是 %1。</extra-zh_CN>
            <extra-converted>網路至少需要一個輸入，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>A network needs at least an output layer.</source>
            <translation>網路至少需要一個輸出層。</translation>
            <extra-zh_CN>网络至少需要一个输出层。</extra-zh_CN>
            <extra-converted>網路至少需要一個輸出層。</extra-converted>
        </message>
        <message>
            <source>Expected %1 arrays of %2, got %3.</source>
            <translation>應有 %1 個%2陣列，收到的是 %3 個。</translation>
            <extra-zh_CN>应有 %1 个%2数组，收到的是 %3 个。</extra-zh_CN>
            <extra-converted>應有 %1 個%2陣列，收到的是 %3 個。</extra-converted>
        </message>
        <message>
            <source>Layer %1 %2 must have shape %3, not %4.</source>
            <translation>第 %1 層的%2形狀必須是 %3，而不是 %4。</translation>
            <extra-zh_CN>第 %1 层的%2形状必须是 %3，而不是 %4。</extra-zh_CN>
            <extra-converted>第 %1 層的%2形狀必須是 %3，而不是 %4。</extra-converted>
        </message>
        <message>
            <source>Layer %1 %2 contain NaN or infinity.</source>
            <translation>第 %1 層的%2中含有 NaN 或無窮大。</translation>
            <extra-zh_CN>第 %1 层的%2中含有 NaN 或无穷大。</extra-zh_CN>
            <extra-converted>第 %1 層的%2中含有 NaN 或無窮大。</extra-converted>
        </message>
        <message>
            <source>The network description is incomplete or malformed (%1).</source>
            <translation>網路描述不完整或格式有誤（%1）。</translation>
            <extra-zh_CN>网络描述不完整或格式有误（%1）。</extra-zh_CN>
            <extra-converted>網路描述不完整或格式有誤（%1）。</extra-converted>
        </message>
        <message>
            <source>The network has %1 input(s); the data has shape %2.</source>
            <translation>網路有 %1 個輸入；資料的形狀是 %2。</translation>
            <extra-zh_CN>网络有 %1 个输入；数据的形状是 %2。</extra-zh_CN>
            <extra-converted>網路有 %1 個輸入；資料的形狀是 %2。</extra-converted>
        </message>
        <message>
            <source>The network has %1 output(s); the targets have shape %2.</source>
            <translation>網路有 %1 個輸出；目標的形狀是 %2。</translation>
            <extra-zh_CN>网络有 %1 个输出；目标的形状是 %2。</extra-zh_CN>
            <extra-converted>網路有 %1 個輸出；目標的形狀是 %2。</extra-converted>
        </message>
        <message>
            <source>Give the number of inputs and at least one layer, each at least 1.</source>
            <translation>請給出輸入個數和至少一層，每個數都至少為 1。</translation>
            <extra-zh_CN>请给出输入个数和至少一层，每个数都至少为 1。</extra-zh_CN>
            <extra-converted>請給出輸入個數和至少一層，每個數都至少為 1。</extra-converted>
        </message>
        <message>
            <source>Unknown optimizer %1; choose one of: %2.</source>
            <translation>未知的最佳化器 %1；請從以下選擇：%2。</translation>
            <extra-zh_CN>未知的优化器 %1；请从以下选择：%2。</extra-zh_CN>
            <extra-converted>未知的最佳化器 %1；請從以下選擇：%2。</extra-converted>
        </message>
        <message>
            <source>Unknown task %1.</source>
            <translation>未知的任務 %1。</translation>
            <extra-zh_CN>未知的任务 %1。</extra-zh_CN>
            <extra-converted>未知的任務 %1。</extra-converted>
        </message>
        <message>
            <source>The training inputs must be a non-empty table (samples × features).</source>
            <translation>訓練輸入必須是非空的表格（樣本 × 特徵）。</translation>
            <extra-zh_CN>训练输入必须是非空的表格（样本 × 特征）。</extra-zh_CN>
            <extra-converted>訓練輸入必須是非空的表格（樣本 × 特徵）。</extra-converted>
        </message>
        <message>
            <source>The series is too short for this split: no day before %1 can be learned from (choose a later first unseen day).</source>
            <translation>序列太短，無法這樣劃分：%1 之前沒有可以學習的日子（請選一個更晚的第一個測試日）。</translation>
            <extra-zh_CN>序列太短，无法这样划分：%1 之前没有可以学习的日子（请选一个更晚的第一个测试日）。</extra-zh_CN>
            <extra-converted>序列太短，無法這樣劃分：%1 之前沒有可以學習的日子（請選一個更晚的第一個測試日）。</extra-converted>
        </message>
        <message>
            <source>The series is too short for this split: no day from %1 on can be kept unseen (choose an earlier first unseen day).</source>
            <translation>序列太短，無法這樣劃分：從 %1 起沒有可以留作測試的日子（請選一個更早的第一個測試日）。</translation>
            <extra-zh_CN>序列太短，无法这样划分：从 %1 起没有可以留作测试的日子（请选一个更早的第一个测试日）。</extra-zh_CN>
            <extra-converted>序列太短，無法這樣劃分：從 %1 起沒有可以留作測試的日子（請選一個更早的第一個測試日）。</extra-converted>
        </message>
        <message>
            <source>The views never change on the training days, so x cannot be standardised.</source>
            <translation>訓練期間的觀看量從未變化，所以 x 無法標準化。</translation>
            <extra-zh_CN>训练期间的观看量从未变化，所以 x 无法标准化。</extra-zh_CN>
            <extra-converted>訓練期間的觀看量從未變化，所以 x 無法標準化。</extra-converted>
        </message>
        <message>
            <source>Only the views data can be cut to their last years.</source>
            <translation>只有觀看量資料才能擷取最後幾年。</translation>
            <extra-zh_CN>只有观看量数据才能截取最后几年。</extra-zh_CN>
            <extra-converted>只有觀看量資料才能擷取最後幾年。</extra-converted>
        </message>
        <message>
            <source>Train on a whole number of years ≥ 1, not %1.</source>
            <translation>訓練年數必須是 ≥ 1 的整數，而不是 %1。</translation>
            <extra-zh_CN>训练年数必须是 ≥ 1 的整数，而不是 %1。</extra-zh_CN>
            <extra-converted>訓練年數必須是 ≥ 1 的整數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>There are no training days in the last %1 year(s).</source>
            <translation>最後 %1 年中沒有訓練日。</translation>
            <extra-zh_CN>最后 %1 年中没有训练日。</extra-zh_CN>
            <extra-converted>最後 %1 年中沒有訓練日。</extra-converted>
        </message>
        <message>
            <source>Unknown curve %1; choose one of: %2.</source>
            <translation>未知的曲線 %1；請從以下選擇：%2。</translation>
            <extra-zh_CN>未知的曲线 %1；请从以下选择：%2。</extra-zh_CN>
            <extra-converted>未知的曲線 %1；請從以下選擇：%2。</extra-converted>
        </message>
        <message>
            <source>This run cannot be saved, because it could not be opened again: %1</source>
            <translation>無法儲存這次訓練，因為儲存後無法再次開啟：%1</translation>
            <extra-zh_CN>无法保存这次训练，因为保存后无法再次打开：%1</extra-zh_CN>
            <extra-converted>無法儲存這次訓練，因為儲存後無法再次開啟：%1</extra-converted>
        </message>
        <message>
            <source>The training state cannot be saved: %1.</source>
            <translation>無法儲存訓練狀態：%1。</translation>
            <extra-zh_CN>无法保存训练状态：%1。</extra-zh_CN>
            <extra-converted>無法儲存訓練狀態：%1。</extra-converted>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>無法開啟 %1：%2</translation>
            <extra-zh_CN>无法打开 %1：%2</extra-zh_CN>
            <extra-converted>無法開啟 %1：%2</extra-converted>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 不存在。</translation>
            <extra-zh_CN>%1 不存在。</extra-zh_CN>
            <extra-converted>%1 不存在。</extra-converted>
        </message>
        <message>
            <source>%1 is not an applet session, or it is damaged (%2).</source>
            <translation>%1 不是本程式的工作階段檔案，或者已經損壞（%2）。</translation>
            <extra-zh_CN>%1 不是本程序的会话文件，或者已经损坏（%2）。</extra-zh_CN>
            <extra-converted>%1 不是本程式的工作階段檔案，或者已經損壞（%2）。</extra-converted>
        </message>
        <message>
            <source>it has no %1, so it is not an applet session.</source>
            <translation>其中沒有 %1，所以不是本程式的工作階段檔案。</translation>
            <extra-zh_CN>其中没有 %1，所以不是本程序的会话文件。</extra-zh_CN>
            <extra-converted>其中沒有 %1，所以不是本程式的工作階段檔案。</extra-converted>
        </message>
        <message>
            <source>its %1 would unpack to %2 MB, more than a session holds (at most %3 MB).</source>
            <translation>其中的 %1 解壓後有 %2 MB，超過工作階段檔案可能的大小（最多 %3 MB）。</translation>
            <extra-zh_CN>其中的 %1 解压后有 %2 MB，超过会话文件可能的大小（最多 %3 MB）。</extra-zh_CN>
            <extra-converted>其中的 %1 解壓後有 %2 MB，超過工作階段檔案可能的大小（最多 %3 MB）。</extra-converted>
        </message>
        <message>
            <source>its %1 cannot be unpacked (%2).</source>
            <translation>其中的 %1 無法解壓（%2）。</translation>
            <extra-zh_CN>其中的 %1 无法解压（%2）。</extra-zh_CN>
            <extra-converted>其中的 %1 無法解壓（%2）。</extra-converted>
        </message>
        <message>
            <source>session.json contains %1, which is not a number a session can hold.</source>
            <translation>session.json 中含有 %1，這不是工作階段檔案能儲存的數。</translation>
            <extra-zh_CN>session.json 中含有 %1，这不是会话文件能保存的数。</extra-zh_CN>
            <extra-converted>session.json 中含有 %1，這不是工作階段檔案能儲存的數。</extra-converted>
        </message>
        <message>
            <source>session.json is not valid JSON (%1).</source>
            <translation>session.json 不是有效的 JSON（%1）。</translation>
            <extra-zh_CN>session.json 不是有效的 JSON（%1）。</extra-zh_CN>
            <extra-converted>session.json 不是有效的 JSON（%1）。</extra-converted>
        </message>
        <message>
            <source>session.json is nested more than %1 levels deep; a session never is.</source>
            <translation>session.json 的巢狀超過 %1 層；工作階段檔案從不會這樣。</translation>
            <extra-zh_CN>session.json 的嵌套超过 %1 层；会话文件从不会这样。</extra-zh_CN>
            <extra-converted>session.json 的巢狀超過 %1 層；工作階段檔案從不會這樣。</extra-converted>
        </message>
        <message>
            <source>session.json does not describe an applet session.</source>
            <translation>session.json 描述的不是本程式的工作階段。</translation>
            <extra-zh_CN>session.json 描述的不是本程序的会话。</extra-zh_CN>
            <extra-converted>session.json 描述的不是本程式的工作階段。</extra-converted>
        </message>
        <message>
            <source>its format version %1 is unknown; this applet reads version %2.</source>
            <translation>其格式版本 %1 未知；本程式讀取的是版本 %2。</translation>
            <extra-zh_CN>其格式版本 %1 未知；本程序读取的是版本 %2。</extra-zh_CN>
            <extra-converted>其格式版本 %1 未知；本程式讀取的是版本 %2。</extra-converted>
        </message>
        <message>
            <source>it was saved in session format %1 (by applet %2), which is newer than this applet (%3, format %4) can read. Update the applet to open it.</source>
            <translation>它以工作階段格式 %1 儲存（由程式版本 %2 儲存），比本程式（%3，格式 %4）能讀取的更新。請更新本程式後再開啟。</translation>
            <extra-zh_CN>它以会话格式 %1 保存（由程序版本 %2 保存），比本程序（%3，格式 %4）能读取的更新。请更新本程序后再打开。</extra-zh_CN>
            <extra-converted>它以工作階段格式 %1 儲存（由程式版本 %2 儲存），比本程式（%3，格式 %4）能讀取的更新。請更新本程式後再開啟。</extra-converted>
        </message>
        <message>
            <source>its arrays would unpack to %1 MB from %2 kB, far more than any session holds.</source>
            <translation>其中的陣列會從 %2 kB 解壓成 %1 MB，遠超任何工作階段檔案的大小。</translation>
            <extra-zh_CN>其中的数组会从 %2 kB 解压成 %1 MB，远超任何会话文件的大小。</extra-zh_CN>
            <extra-converted>其中的陣列會從 %2 kB 解壓成 %1 MB，遠超任何工作階段檔案的大小。</extra-converted>
        </message>
        <message>
            <source>its arrays (%1) cannot be read (%2).</source>
            <translation>其中的陣列（%1）無法讀取（%2）。</translation>
            <extra-zh_CN>其中的数组（%1）无法读取（%2）。</extra-zh_CN>
            <extra-converted>其中的陣列（%1）無法讀取（%2）。</extra-converted>
        </message>
        <message>
            <source>its array %1 is larger than %2 MB.</source>
            <translation>其中的陣列 %1 超過 %2 MB。</translation>
            <extra-zh_CN>其中的数组 %1 超过 %2 MB。</extra-zh_CN>
            <extra-converted>其中的陣列 %1 超過 %2 MB。</extra-converted>
        </message>
        <message>
            <source>its array %1 has an unknown format %2.</source>
            <translation>其中的陣列 %1 格式未知（%2）。</translation>
            <extra-zh_CN>其中的数组 %1 格式未知（%2）。</extra-zh_CN>
            <extra-converted>其中的陣列 %1 格式未知（%2）。</extra-converted>
        </message>
        <message>
            <source>its array %1 declares %2 values but holds fewer.</source>
            <translation>其中的陣列 %1 宣告有 %2 個值，實際卻更少。</translation>
            <extra-zh_CN>其中的数组 %1 声明有 %2 个值，实际却更少。</extra-zh_CN>
            <extra-converted>其中的陣列 %1 宣告有 %2 個值，實際卻更少。</extra-converted>
        </message>
        <message>
            <source>it uses the lesson %1, which this applet does not have.</source>
            <translation>它用的是課程 %1，本程式沒有這一課。</translation>
            <extra-zh_CN>它用的是课程 %1，本程序没有这一课。</extra-zh_CN>
            <extra-converted>它用的是課程 %1，本程式沒有這一課。</extra-converted>
        </message>
        <message>
            <source>its history holds a parameter path, but tracing the path is off.</source>
            <translation>其歷史記錄中有參數路徑，但記錄路徑的選項是關閉的。</translation>
            <extra-zh_CN>其历史记录中有参数路径，但记录路径的选项是关闭的。</extra-zh_CN>
            <extra-converted>其歷史記錄中有參數路徑，但記錄路徑的選項是關閉的。</extra-converted>
        </message>
        <message>
            <source>the trainer's %1 (%2) disagrees with training.%1 (%3).</source>
            <translation>訓練器的 %1（%2）與 training.%1（%3）不一致。</translation>
            <extra-zh_CN>训练器的 %1（%2）与 training.%1（%3）不一致。</extra-zh_CN>
            <extra-converted>訓練器的 %1（%2）與 training.%1（%3）不一致。</extra-converted>
        </message>
        <message>
            <source>The saved network has %1 inputs, but the lesson's data have %2.</source>
            <translation>儲存的網路有 %1 個輸入，但這一課的資料有 %2 個。</translation>
            <extra-zh_CN>保存的网络有 %1 个输入，但这一课的数据有 %2 个。</extra-zh_CN>
            <extra-converted>儲存的網路有 %1 個輸入，但這一課的資料有 %2 個。</extra-converted>
        </message>
        <message>
            <source>The saved network has %1 outputs, but the lesson needs %2.</source>
            <translation>儲存的網路有 %1 個輸出，但這一課需要 %2 個。</translation>
            <extra-zh_CN>保存的网络有 %1 个输出，但这一课需要 %2 个。</extra-zh_CN>
            <extra-converted>儲存的網路有 %1 個輸出，但這一課需要 %2 個。</extra-converted>
        </message>
        <message>
            <source>The loss %1 does not suit the lesson's task (%2).</source>
            <translation>損失 %1 不適合這一課的任務（%2）。</translation>
            <extra-zh_CN>损失 %1 不适合这一课的任务（%2）。</extra-zh_CN>
            <extra-converted>損失 %1 不適合這一課的任務（%2）。</extra-converted>
        </message>
        <message>
            <source>The saved batch order covers %1 samples, but the data have %2.</source>
            <translation>儲存的批次順序涵蓋 %1 個樣本，但資料有 %2 個。</translation>
            <extra-zh_CN>保存的批量顺序涵盖 %1 个样本，但数据有 %2 个。</extra-zh_CN>
            <extra-converted>儲存的批次順序涵蓋 %1 個樣本，但資料有 %2 個。</extra-converted>
        </message>
        <message>
            <source>The saved position in the epoch does not fit the %1 training samples.</source>
            <translation>儲存的 epoch 內位置與 %1 個訓練樣本不符。</translation>
            <extra-zh_CN>保存的回合内位置与 %1 个训练样本不符。</extra-zh_CN>
            <extra-converted>儲存的 epoch 內位置與 %1 個訓練樣本不符。</extra-converted>
        </message>
        <message>
            <source>%1 must be a JSON object.</source>
            <translation>%1 必須是 JSON 物件。</translation>
            <extra-zh_CN>%1 必须是 JSON 对象。</extra-zh_CN>
            <extra-converted>%1 必須是 JSON 物件。</extra-converted>
        </message>
        <message>
            <source>%1 lacks %2.</source>
            <translation>%1 缺少 %2。</translation>
            <extra-zh_CN>%1 缺少 %2。</extra-zh_CN>
            <extra-converted>%1 缺少 %2。</extra-converted>
        </message>
        <message>
            <source>%1 has unknown fields: %2.</source>
            <translation>%1 含有未知欄位：%2。</translation>
            <extra-zh_CN>%1 含有未知字段：%2。</extra-zh_CN>
            <extra-converted>%1 含有未知欄位：%2。</extra-converted>
        </message>
        <message>
            <source>%1 must be a whole number ≥ %2, not %3.</source>
            <translation>%1 必須是 ≥ %2 的整數，而不是 %3。</translation>
            <extra-zh_CN>%1 必须是 ≥ %2 的整数，而不是 %3。</extra-zh_CN>
            <extra-converted>%1 必須是 ≥ %2 的整數，而不是 %3。</extra-converted>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3, not %4.</source>
            <translation>%1 必須是 %2 到 %3 之間的整數，而不是 %4。</translation>
            <extra-zh_CN>%1 必须是 %2 到 %3 之间的整数，而不是 %4。</extra-zh_CN>
            <extra-converted>%1 必須是 %2 到 %3 之間的整數，而不是 %4。</extra-converted>
        </message>
        <message>
            <source>%1 must be a positive number, not %2.</source>
            <translation>%1 必須是正數，而不是 %2。</translation>
            <extra-zh_CN>%1 必须是正数，而不是 %2。</extra-zh_CN>
            <extra-converted>%1 必須是正數，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>%1 must be a finite number, not %2.</source>
            <translation>%1 必須是有限的數，而不是 %2。</translation>
            <extra-zh_CN>%1 必须是有限的数，而不是 %2。</extra-zh_CN>
            <extra-converted>%1 必須是有限的數，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>%1 must be text, not %2.</source>
            <translation>%1 必須是文字，而不是 %2。</translation>
            <extra-zh_CN>%1 必须是文本，而不是 %2。</extra-zh_CN>
            <extra-converted>%1 必須是文字，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>%1 is %2; known are: %3.</source>
            <translation>%1 是 %2；已知的有：%3。</translation>
            <extra-zh_CN>%1 是 %2；已知的有：%3。</extra-zh_CN>
            <extra-converted>%1 是 %2；已知的有：%3。</extra-converted>
        </message>
        <message>
            <source>the %1 are missing or not an array.</source>
            <translation>%1 缺失或不是陣列。</translation>
            <extra-zh_CN>%1 缺失或不是数组。</extra-zh_CN>
            <extra-converted>%1 缺失或不是陣列。</extra-converted>
        </message>
        <message>
            <source>the %1 must be whole numbers, not %2.</source>
            <translation>%1 必須是整數，而不是 %2。</translation>
            <extra-zh_CN>%1 必须是整数，而不是 %2。</extra-zh_CN>
            <extra-converted>%1 必須是整數，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>the %1 must be real numbers, not %2.</source>
            <translation>%1 必須是實數，而不是 %2。</translation>
            <extra-zh_CN>%1 必须是实数，而不是 %2。</extra-zh_CN>
            <extra-converted>%1 必須是實數，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>the %1 have shape %2, but the network needs %3.</source>
            <translation>%1 的形狀是 %2，但網路需要 %3。</translation>
            <extra-zh_CN>%1 的形状是 %2，但网络需要 %3。</extra-zh_CN>
            <extra-converted>%1 的形狀是 %2，但網路需要 %3。</extra-converted>
        </message>
        <message>
            <source>the %1 must have %2 dimension(s), not %3.</source>
            <translation>%1 必須是 %2 維，而不是 %3 維。</translation>
            <extra-zh_CN>%1 必须是 %2 维，而不是 %3 维。</extra-zh_CN>
            <extra-converted>%1 必須是 %2 維，而不是 %3 維。</extra-converted>
        </message>
        <message>
            <source>the %1 contain NaN or infinite values.</source>
            <translation>%1 含有 NaN 或無窮大的值。</translation>
            <extra-zh_CN>%1 含有 NaN 或无穷大的值。</extra-zh_CN>
            <extra-converted>%1 含有 NaN 或無窮大的值。</extra-converted>
        </message>
        <message>
            <source>it refers to an array %1 that %2 does not hold.</source>
            <translation>它引用了陣列 %1，但 %2 中沒有這個陣列。</translation>
            <extra-zh_CN>它引用了数组 %1，但 %2 中没有这个数组。</extra-zh_CN>
            <extra-converted>它引用了陣列 %1，但 %2 中沒有這個陣列。</extra-converted>
        </message>
        <message>
            <source>choices must map each lesson setting to one plain value.</source>
            <translation>choices 必須為每個課程設定給出一個簡單的值。</translation>
            <extra-zh_CN>choices 必须为每个课程设置给出一个简单的值。</extra-zh_CN>
            <extra-converted>choices 必須為每個課程設定給出一個簡單的值。</extra-converted>
        </message>
        <message>
            <source>its imported data cannot be read: %1</source>
            <translation>其中匯入的資料無法讀取：%1</translation>
            <extra-zh_CN>其中导入的数据无法读取：%1</extra-zh_CN>
            <extra-converted>其中匯入的資料無法讀取：%1</extra-converted>
        </message>
        <message>
            <source>its data settings cannot be used: %1</source>
            <translation>其中的資料設定無法使用：%1</translation>
            <extra-zh_CN>其中的数据设置无法使用：%1</extra-zh_CN>
            <extra-converted>其中的資料設定無法使用：%1</extra-converted>
        </message>
        <message>
            <source>%1 must be a list of names.</source>
            <translation>%1 必須是名稱的清單。</translation>
            <extra-zh_CN>%1 必须是名称的列表。</extra-zh_CN>
            <extra-converted>%1 必須是名稱的清單。</extra-converted>
        </message>
        <message>
            <source>%1 must be true or false.</source>
            <translation>%1 必須是 true 或 false。</translation>
            <extra-zh_CN>%1 必须是 true 或 false。</extra-zh_CN>
            <extra-converted>%1 必須是 true 或 false。</extra-converted>
        </message>
        <message>
            <source>the points' split must hold 0 (training) or 1 (unseen).</source>
            <translation>點的劃分只能是 0（訓練）或 1（測試資料）。</translation>
            <extra-zh_CN>点的划分只能是 0（训练）或 1（测试数据）。</extra-zh_CN>
            <extra-converted>點的劃分只能是 0（訓練）或 1（測試資料）。</extra-converted>
        </message>
        <message>
            <source>its points in the plane cannot be used: %1</source>
            <translation>其中平面上的點無法使用：%1</translation>
            <extra-zh_CN>其中平面上的点无法使用：%1</extra-zh_CN>
            <extra-converted>其中平面上的點無法使用：%1</extra-converted>
        </message>
        <message>
            <source>network.seed disagrees with seed.</source>
            <translation>network.seed 與 seed 不一致。</translation>
            <extra-zh_CN>network.seed 与 seed 不一致。</extra-zh_CN>
            <extra-converted>network.seed 與 seed 不一致。</extra-converted>
        </message>
        <message>
            <source>network.layers must be a non-empty list of [units, activation].</source>
            <translation>network.layers 必須是非空的 [神經元數, 激活函數] 清單。</translation>
            <extra-zh_CN>network.layers 必须是非空的 [神经元数, 激活函数] 列表。</extra-zh_CN>
            <extra-converted>network.layers 必須是非空的 [神經元數, 激活函數] 清單。</extra-converted>
        </message>
        <message>
            <source>its network has %1 hidden layers; the applet builds at most %2 hidden layers.</source>
            <translation>其中的網路有 %1 個隱藏層；本程式最多建立 %2 個隱藏層。</translation>
            <extra-zh_CN>其中的网络有 %1 个隐藏层；本程序最多构建 %2 个隐藏层。</extra-zh_CN>
            <extra-converted>其中的網路有 %1 個隱藏層；本程式最多建立 %2 個隱藏層。</extra-converted>
        </message>
        <message>
            <source>network layer %1 must be [units, activation].</source>
            <translation>網路第 %1 層必須是 [神經元數, 激活函數]。</translation>
            <extra-zh_CN>网络第 %1 层必须是 [神经元数, 激活函数]。</extra-zh_CN>
            <extra-converted>網路第 %1 層必須是 [神經元數, 激活函數]。</extra-converted>
        </message>
        <message>
            <source>training.%1 must be true or false.</source>
            <translation>training.%1 必須是 true 或 false。</translation>
            <extra-zh_CN>training.%1 必须是 true 或 false。</extra-zh_CN>
            <extra-converted>training.%1 必須是 true 或 false。</extra-converted>
        </message>
        <message>
            <source>the trainer's batch order is not a shuffle of the samples.</source>
            <translation>訓練器的批次順序不是樣本的一種打亂排列。</translation>
            <extra-zh_CN>训练器的批量顺序不是样本的一种打乱排列。</extra-zh_CN>
            <extra-converted>訓練器的批次順序不是樣本的一種打亂排列。</extra-converted>
        </message>
        <message>
            <source>%1 must hold the weights and biases of every layer.</source>
            <translation>%1 必須包含每一層的權重和偏置。</translation>
            <extra-zh_CN>%1 必须包含每一层的权重和偏置。</extra-zh_CN>
            <extra-converted>%1 必須包含每一層的權重和偏置。</extra-converted>
        </message>
        <message>
            <source>the trainer's random generator state is invalid (%1).</source>
            <translation>訓練器的隨機數生成器狀態無效（%1）。</translation>
            <extra-zh_CN>训练器的随机数生成器状态无效（%1）。</extra-zh_CN>
            <extra-converted>訓練器的隨機數生成器狀態無效（%1）。</extra-converted>
        </message>
        <message>
            <source>%1 must hold one array per parameter array (%2).</source>
            <translation>%1 必須為每個參數陣列各存一個陣列（%2 個）。</translation>
            <extra-zh_CN>%1 必须为每个参数数组各存一个数组（%2 个）。</extra-zh_CN>
            <extra-converted>%1 必須為每個參數陣列各存一個陣列（%2 個）。</extra-converted>
        </message>
        <message>
            <source>the Adam running averages are inconsistent.</source>
            <translation>Adam 的滑動平均前後不一致。</translation>
            <extra-zh_CN>Adam 的滑动平均前后不一致。</extra-zh_CN>
            <extra-converted>Adam 的滑動平均前後不一致。</extra-converted>
        </message>
        <message>
            <source>the per-epoch histories have different lengths.</source>
            <translation>各項按 epoch 記錄的歷史長度不一致。</translation>
            <extra-zh_CN>各项按回合记录的历史长度不一致。</extra-zh_CN>
            <extra-converted>各項按 epoch 記錄的歷史長度不一致。</extra-converted>
        </message>
        <message>
            <source>its history is longer than its run (%1 updates, %2 epochs).</source>
            <translation>其中的歷史記錄比訓練本身還長（%1 次更新，%2 個 epoch）。</translation>
            <extra-zh_CN>其中的历史记录比训练本身还长（%1 次更新，%2 个回合）。</extra-zh_CN>
            <extra-converted>其中的歷史記錄比訓練本身還長（%1 次更新，%2 個 epoch）。</extra-converted>
        </message>
        <message>
            <source>the parameter path has %1 columns, the network %2 parameters.</source>
            <translation>參數路徑有 %1 列，而網路有 %2 個參數。</translation>
            <extra-zh_CN>参数路径有 %1 列，而网络有 %2 个参数。</extra-zh_CN>
            <extra-converted>參數路徑有 %1 列，而網路有 %2 個參數。</extra-converted>
        </message>
        <message>
            <source>The error surface needs the same, non-zero number of x and y values.</source>
            <translation>誤差表面需要數目相同且不為零的 x 值和 y 值。</translation>
            <extra-zh_CN>误差表面需要数目相同且不为零的 x 值和 y 值。</extra-zh_CN>
            <extra-converted>誤差表面需要數目相同且不為零的 x 值和 y 值。</extra-converted>
        </message>
        <message>
            <source>The data contain NaN or infinite values.</source>
            <translation>資料中含有 NaN 或無窮大的值。</translation>
            <extra-zh_CN>数据中含有 NaN 或无穷大的值。</extra-zh_CN>
            <extra-converted>資料中含有 NaN 或無窮大的值。</extra-converted>
        </message>
        <message>
            <source>The error surface is drawn for MSE or MAE, not %1.</source>
            <translation>誤差表面只針對 MSE 或 MAE 繪製，不針對 %1。</translation>
            <extra-zh_CN>误差表面只针对 MSE 或 MAE 绘制，不针对 %1。</extra-zh_CN>
            <extra-converted>誤差表面只針對 MSE 或 MAE 繪製，不針對 %1。</extra-converted>
        </message>
        <message>
            <source>The optimum is computed for MSE or MAE, not %1.</source>
            <translation>最優解只針對 MSE 或 MAE 計算，不針對 %1。</translation>
            <extra-zh_CN>最优解只针对 MSE 或 MAE 计算，不针对 %1。</extra-zh_CN>
            <extra-converted>最優解只針對 MSE 或 MAE 計算，不針對 %1。</extra-converted>
        </message>
        <message>
            <source>training</source>
            <translation>訓練</translation>
            <extra-zh_CN>训练</extra-zh_CN>
            <extra-converted>訓練</extra-converted>
        </message>
        <message>
            <source>validation</source>
            <translation>驗證</translation>
            <extra-zh_CN>验证</extra-zh_CN>
            <extra-converted>驗證</extra-converted>
        </message>
        <message>
            <source>weight decay</source>
            <translation>權重衰減</translation>
            <extra-zh_CN>权重衰减</extra-zh_CN>
            <extra-converted>權重衰減</extra-converted>
        </message>
        <message>
            <source>L1 regularisation</source>
            <translation>L1 正則化</translation>
            <extra-zh_CN>L1 正则化</extra-zh_CN>
            <extra-converted>L1 正則化</extra-converted>
        </message>
        <message>
            <source>learning rate</source>
            <translation>學習率</translation>
            <extra-zh_CN>学习率</extra-zh_CN>
            <extra-converted>學習率</extra-converted>
        </message>
        <message>
            <source>divergence ratio</source>
            <translation>發散比例</translation>
            <extra-zh_CN>发散比例</extra-zh_CN>
            <extra-converted>發散比例</extra-converted>
        </message>
        <message>
            <source>gradient tolerance</source>
            <translation>梯度容差</translation>
            <extra-zh_CN>梯度容差</extra-zh_CN>
            <extra-converted>梯度容差</extra-converted>
        </message>
        <message>
            <source>maximum number of updates</source>
            <translation>最大更新次數</translation>
            <extra-zh_CN>最大更新次数</extra-zh_CN>
            <extra-converted>最大更新次數</extra-converted>
        </message>
        <message>
            <source>maximum number of epochs</source>
            <translation>最大 epoch 數</translation>
            <extra-zh_CN>最大回合数</extra-zh_CN>
            <extra-converted>最大 epoch 數</extra-converted>
        </message>
        <message>
            <source>The %1 must be a number, not %2.</source>
            <translation>%1 必須是數字，而不是 %2。</translation>
            <extra-zh_CN>%1 必须是数字，而不是 %2。</extra-zh_CN>
            <extra-converted>%1 必須是數字，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>The %1 must be a positive, finite number, not %2.</source>
            <translation>%1 必須是有限的正數，而不是 %2。</translation>
            <extra-zh_CN>%1 必须是有限的正数，而不是 %2。</extra-zh_CN>
            <extra-converted>%1 必須是有限的正數，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>The %1 must be a finite number of 0 or more, not %2.</source>
            <translation>%1 必須是大於或等於 0 的有限數，而不是 %2。</translation>
            <extra-zh_CN>%1 必须是大于或等于 0 的有限数，而不是 %2。</extra-zh_CN>
            <extra-converted>%1 必須是大於或等於 0 的有限數，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>The %1 must be a whole number from 1 to %2, not %3.</source>
            <translation>%1 必須是 1 到 %2 之間的整數，而不是 %3。</translation>
            <extra-zh_CN>%1 必须是 1 到 %2 之间的整数，而不是 %3。</extra-zh_CN>
            <extra-converted>%1 必須是 1 到 %2 之間的整數，而不是 %3。</extra-converted>
        </message>
        <message>
            <source>The seed must be a whole number ≥ 0, not %1.</source>
            <translation>隨機種子必須是 ≥ 0 的整數，而不是 %1。</translation>
            <extra-zh_CN>随机种子必须是 ≥ 0 的整数，而不是 %1。</extra-zh_CN>
            <extra-converted>隨機種子必須是 ≥ 0 的整數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>Validation data need both inputs and targets.</source>
            <translation>驗證資料需要同時有輸入和目標。</translation>
            <extra-zh_CN>验证数据需要同时有输入和目标。</extra-zh_CN>
            <extra-converted>驗證資料需要同時有輸入和目標。</extra-converted>
        </message>
        <message>
            <source>The divergence ratio must be more than 1, not %1.</source>
            <translation>發散比例必須大於 1，而不是 %1。</translation>
            <extra-zh_CN>发散比例必须大于 1，而不是 %1。</extra-zh_CN>
            <extra-converted>發散比例必須大於 1，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>The %1 inputs contain NaN or infinite values; remove or fix those rows.</source>
            <translation>%1輸入中含有 NaN 或無窮大的值；請刪除或修正這些行。</translation>
            <extra-zh_CN>%1输入中含有 NaN 或无穷大的值；请删除或修正这些行。</extra-zh_CN>
            <extra-converted>%1輸入中含有 NaN 或無窮大的值；請刪除或修正這些行。</extra-converted>
        </message>
        <message>
            <source>The %1 targets contain NaN or infinite values; remove or fix those rows.</source>
            <translation>%1目標中含有 NaN 或無窮大的值；請刪除或修正這些行。</translation>
            <extra-zh_CN>%1目标中含有 NaN 或无穷大的值；请删除或修正这些行。</extra-zh_CN>
            <extra-converted>%1目標中含有 NaN 或無窮大的值；請刪除或修正這些行。</extra-converted>
        </message>
        <message>
            <source>The %1 data have %2 inputs but %3 targets.</source>
            <translation>%1資料有 %2 個輸入，卻有 %3 個目標。</translation>
            <extra-zh_CN>%1数据有 %2 个输入，却有 %3 个目标。</extra-zh_CN>
            <extra-converted>%1資料有 %2 個輸入，卻有 %3 個目標。</extra-converted>
        </message>
        <message>
            <source>The %1 data are empty.</source>
            <translation>%1資料是空的。</translation>
            <extra-zh_CN>%1数据是空的。</extra-zh_CN>
            <extra-converted>%1資料是空的。</extra-converted>
        </message>
        <message>
            <source>The batch size must be a whole number ≥ 1, not %1.</source>
            <translation>批次大小必須是 ≥ 1 的整數，而不是 %1。</translation>
            <extra-zh_CN>批量大小必须是 ≥ 1 的整数，而不是 %1。</extra-zh_CN>
            <extra-converted>批次大小必須是 ≥ 1 的整數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>The weight decay λ must be zero or a positive, finite number, not %1.</source>
            <translation>權重衰減 λ 必須是 0 或有限的正數，而不是 %1。</translation>
            <extra-zh_CN>权重衰减 λ 必须是 0 或有限的正数，而不是 %1。</extra-zh_CN>
            <extra-converted>權重衰減 λ 必須是 0 或有限的正數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>The L1 strength λ₁ must be zero or a positive, finite number, not %1.</source>
            <translation>L1 強度 λ₁ 必須是 0 或正的有限數，而不是 %1。</translation>
            <extra-zh_CN>L1 强度 λ₁ 必须是 0 或正的有限数，而不是 %1。</extra-zh_CN>
            <extra-converted>L1 強度 λ₁ 必須是 0 或正的有限數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>Switching between classification and regression needs new data.</source>
            <translation>在分類和迴歸之間切換需要新的資料。</translation>
            <extra-zh_CN>在分类和回归之间切换需要新的数据。</extra-zh_CN>
            <extra-converted>在分類和迴歸之間切換需要新的資料。</extra-converted>
        </message>
        <message>
            <source>Give a number of updates or a stopping rule, or training never ends.</source>
            <translation>請給出更新次數或停止規則，否則訓練永遠不會結束。</translation>
            <extra-zh_CN>请给出更新次数或停止规则，否则训练永远不会结束。</extra-zh_CN>
            <extra-converted>請給出更新次數或停止規則，否則訓練永遠不會結束。</extra-converted>
        </message>
        <message>
            <source>Stepping back needs the recorded path of parameters; this run does not keep it.</source>
            <translation>後退一步需要記錄下來的參數路徑；這次訓練沒有記錄它。</translation>
            <extra-zh_CN>后退一步需要记录下来的参数路径；这次训练没有记录它。</extra-zh_CN>
            <extra-converted>後退一步需要記錄下來的參數路徑；這次訓練沒有記錄它。</extra-converted>
        </message>
        <message>
            <source>Nothing to step back: this is where gradient descent started.</source>
            <translation>無法後退：這裡就是梯度下降的起點。</translation>
            <extra-zh_CN>无法后退：这里就是梯度下降的起点。</extra-zh_CN>
            <extra-converted>無法後退：這裡就是梯度下降的起點。</extra-converted>
        </message>
        <message>
            <source>Stepping back needs the previous point of the path, which was not kept.</source>
            <translation>後退一步需要路徑上的前一個點，但它沒有被保留。</translation>
            <extra-zh_CN>后退一步需要路径上的前一个点，但它没有被保留。</extra-zh_CN>
            <extra-converted>後退一步需要路徑上的前一個點，但它沒有被保留。</extra-converted>
        </message>
        <message>
            <source>Stepping back works with plain gradient descent only: momentum and Adam remember earlier steps.</source>
            <translation>只有普通梯度下降才能後退一步：動量和 Adam 會記住之前的步子。</translation>
            <extra-zh_CN>只有普通梯度下降才能后退一步：动量和 Adam 会记住之前的步子。</extra-zh_CN>
            <extra-converted>只有普通梯度下降才能後退一步：動量和 Adam 會記住之前的步子。</extra-converted>
        </message>
        <message>
            <source>Stepping back works with full-batch gradient descent only: a shuffled mini-batch cannot be un-shuffled.</source>
            <translation>只有全批次梯度下降才能後退一步：打亂過的小批次無法還原。</translation>
            <extra-zh_CN>只有全批量梯度下降才能后退一步：打乱过的小批量无法还原。</extra-zh_CN>
            <extra-converted>只有全批次梯度下降才能後退一步：打亂過的小批次無法還原。</extra-converted>
        </message>
        <message>
            <source>No validation loss has been measured yet: train at least one epoch with unseen data.</source>
            <translation>還沒有測量過驗證損失：請在有測試資料的情況下至少訓練一個 epoch。</translation>
            <extra-zh_CN>还没有测量过验证损失：请在有测试数据的情况下至少训练一个回合。</extra-zh_CN>
            <extra-converted>還沒有測量過驗證損失：請在有測試資料的情況下至少訓練一個 epoch。</extra-converted>
        </message>
        <message>
            <source>Unknown lesson %1; choose one of: %2.</source>
            <translation>未知的課程 %1；請從以下選擇：%2。</translation>
            <extra-zh_CN>未知的课程 %1；请从以下选择：%2。</extra-zh_CN>
            <extra-converted>未知的課程 %1；請從以下選擇：%2。</extra-converted>
        </message>
        <message>
            <source>A script cannot reproduce L1 regularisation yet: set λ₁ to 0 to export the run.</source>
            <translation>指令碼還不能重現 L1 正則化：請把 λ₁ 設為 0 再匯出這次執行。</translation>
            <extra-zh_CN>脚本还不能重现 L1 正则化：请把 λ₁ 设为 0 再导出这次运行。</extra-zh_CN>
            <extra-converted>指令碼還不能重現 L1 正則化：請把 λ₁ 設為 0 再匯出這次執行。</extra-converted>
        </message>
        <message>
            <source>The number of updates must be a whole number ≥ 0, not %1.</source>
            <translation>更新次數必須是 ≥ 0 的整數，而不是 %1。</translation>
            <extra-zh_CN>更新次数必须是 ≥ 0 的整数，而不是 %1。</extra-zh_CN>
            <extra-converted>更新次數必須是 ≥ 0 的整數，而不是 %1。</extra-converted>
        </message>
        <message>
            <source>The activation %1 cannot be exported yet.</source>
            <translation>激活函數 %1 暫時還不能匯出。</translation>
            <extra-zh_CN>激活函数 %1 暂时还不能导出。</extra-zh_CN>
            <extra-converted>激活函數 %1 暫時還不能匯出。</extra-converted>
        </message>
        <message>
            <source>The activation %1 cannot be exported to PyTorch yet.</source>
            <translation>激活函數 %1 暫時還不能匯出到 PyTorch。</translation>
            <extra-zh_CN>激活函数 %1 暂时还不能导出到 PyTorch。</extra-zh_CN>
            <extra-converted>激活函數 %1 暫時還不能匯出到 PyTorch。</extra-converted>
        </message>
        <message>
            <source>Unknown flavour %1; choose numpy or torch.</source>
            <translation>未知的類型 %1；請選擇 numpy 或 torch。</translation>
            <extra-zh_CN>未知的类型 %1；请选择 numpy 或 torch。</extra-zh_CN>
            <extra-converted>未知的類型 %1；請選擇 numpy 或 torch。</extra-converted>
        </message>
        <message>
            <source>The inputs and targets must be finite numbers.</source>
            <translation>輸入和目標必須是有限的數。</translation>
            <extra-zh_CN>输入和目标必须是有限的数。</extra-zh_CN>
            <extra-converted>輸入和目標必須是有限的數。</extra-converted>
        </message>
        <message>
            <source>The target class must be between 0 and %1.</source>
            <translation>目標類別必須在 0 到 %1 之間。</translation>
            <extra-zh_CN>目标类别必须在 0 到 %1 之间。</extra-zh_CN>
            <extra-converted>目標類別必須在 0 到 %1 之間。</extra-converted>
        </message>
        <message>
            <source>Every sample of the batch needs all inputs and targets.</source>
            <translation>批次中的每個樣本都需要全部輸入和目標。</translation>
            <extra-zh_CN>批量中的每个样本都需要全部输入和目标。</extra-zh_CN>
            <extra-converted>批次中的每個樣本都需要全部輸入和目標。</extra-converted>
        </message>
        <message>
            <source>Choose 1 to %1 samples.</source>
            <translation>請選擇 1 到 %1 個樣本。</translation>
            <extra-zh_CN>请选择 1 到 %1 个样本。</extra-zh_CN>
            <extra-converted>請選擇 1 到 %1 個樣本。</extra-converted>
        </message>
        <message>
            <source>Choose 1 to %1 inputs.</source>
            <translation>請選擇 1 到 %1 個輸入。</translation>
            <extra-zh_CN>请选择 1 到 %1 个输入。</extra-zh_CN>
            <extra-converted>請選擇 1 到 %1 個輸入。</extra-converted>
        </message>
        <message>
            <source>Choose 1 to %1 layers of 1 to %2 neurons.</source>
            <translation>請選擇 1 到 %1 層，每層 1 到 %2 個神經元。</translation>
            <extra-zh_CN>请选择 1 到 %1 层，每层 1 到 %2 个神经元。</extra-zh_CN>
            <extra-converted>請選擇 1 到 %1 層，每層 1 到 %2 個神經元。</extra-converted>
        </message>
        <message>
            <source>Speed must be one of %1 updates per second.</source>
            <translation>速度必須是每秒 %1 次更新中的一種。</translation>
            <extra-zh_CN>速度必须是每秒 %1 次更新中的一种。</extra-zh_CN>
            <extra-converted>速度必須是每秒 %1 次更新中的一種。</extra-converted>
        </message>
        <message>
            <source>Unknown setting %1.</source>
            <translation>未知的設定 %1。</translation>
            <extra-zh_CN>未知的设置 %1。</extra-zh_CN>
            <extra-converted>未知的設定 %1。</extra-converted>
        </message>
        <message>
            <source>The training process ended unexpectedly (exit code %1).</source>
            <translation>訓練程序意外結束（結束碼 %1）。</translation>
            <extra-zh_CN>训练进程意外结束（退出码 %1）。</extra-zh_CN>
            <extra-converted>訓練程序意外結束（結束碼 %1）。</extra-converted>
        </message>
        <message>
            <source>There is no built-in set of points %1; choose one of: %2.</source>
            <translation>沒有名為 %1 的內建點集；請從以下選擇：%2。</translation>
            <extra-zh_CN>没有名为 %1 的内置点集；请从以下选择：%2。</extra-zh_CN>
            <extra-converted>沒有名為 %1 的內建點集；請從以下選擇：%2。</extra-converted>
        </message>
        <message>
            <source>A set of points needs between 2 and %1 points, not %2.</source>
            <translation>一個點集需要 2 到 %1 個點，而不是 %2。</translation>
            <extra-zh_CN>一个点集需要 2 到 %1 个点，而不是 %2。</extra-zh_CN>
            <extra-converted>一個點集需要 2 到 %1 個點，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>The noise must be a number from 0 to %1, not %2.</source>
            <translation>雜訊必須是 0 到 %1 之間的數，而不是 %2。</translation>
            <extra-zh_CN>噪声必须是 0 到 %1 之间的数，而不是 %2。</extra-zh_CN>
            <extra-converted>雜訊必須是 0 到 %1 之間的數，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>Points in the plane have two coordinates, x1 and x2.</source>
            <translation>平面上的點有兩個座標：x1 和 x2。</translation>
            <extra-zh_CN>平面上的点有两个坐标：x1 和 x2。</extra-zh_CN>
            <extra-converted>平面上的點有兩個座標：x1 和 x2。</extra-converted>
        </message>
        <message>
            <source>Choose at least one input feature.</source>
            <translation>請至少選擇一個輸入特徵。</translation>
            <extra-zh_CN>请至少选择一个输入特征。</extra-zh_CN>
            <extra-converted>請至少選擇一個輸入特徵。</extra-converted>
        </message>
        <message>
            <source>Unknown feature %1; choose among: %2.</source>
            <translation>未知的特徵 %1；請從以下選擇：%2。</translation>
            <extra-zh_CN>未知的特征 %1；请从以下选择：%2。</extra-zh_CN>
            <extra-converted>未知的特徵 %1；請從以下選擇：%2。</extra-converted>
        </message>
        <message>
            <source>Each feature can be chosen once only.</source>
            <translation>每個特徵只能選一次。</translation>
            <extra-zh_CN>每个特征只能选一次。</extra-zh_CN>
            <extra-converted>每個特徵只能選一次。</extra-converted>
        </message>
        <message>
            <source>The feature %1 is too large to compute for some points: their coordinates are too large.</source>
            <translation>特徵 %1 對某些點大得無法計算：這些點的座標太大了。</translation>
            <extra-zh_CN>特征 %1 对某些点大得无法计算：这些点的坐标太大了。</extra-zh_CN>
            <extra-converted>特徵 %1 對某些點大得無法計算：這些點的座標太大了。</extra-converted>
        </message>
        <message>
            <source>%1 is %2 MB; a table of points is far smaller (at most %3 MB). Is it the right file?</source>
            <translation>%1 有 %2 MB；點的表格要小得多（最多 %3 MB）。是不是選錯了檔案？</translation>
            <extra-zh_CN>%1 有 %2 MB；点的表格要小得多（最多 %3 MB）。是不是选错了文件？</extra-zh_CN>
            <extra-converted>%1 有 %2 MB；點的表格要小得多（最多 %3 MB）。是不是選錯了檔案？</extra-converted>
        </message>
        <message>
            <source>Line %1: a coordinate is missing.</source>
            <translation>第 %1 行：缺少一個座標。</translation>
            <extra-zh_CN>第 %1 行：缺少一个坐标。</extra-zh_CN>
            <extra-converted>第 %1 行：缺少一個座標。</extra-converted>
        </message>
        <message>
            <source>The file has no rows of points (x1, x2, label).</source>
            <translation>檔案中沒有點的行（x1, x2, 標籤）。</translation>
            <extra-zh_CN>文件中没有点的行（x1, x2, 标签）。</extra-zh_CN>
            <extra-converted>檔案中沒有點的行（x1, x2, 標籤）。</extra-converted>
        </message>
        <message>
            <source>The file has %1 points; the applet reads at most %2.</source>
            <translation>檔案有 %1 個點；本程式最多讀取 %2 個。</translation>
            <extra-zh_CN>文件有 %1 个点；本程序最多读取 %2 个。</extra-zh_CN>
            <extra-converted>檔案有 %1 個點；本程式最多讀取 %2 個。</extra-converted>
        </message>
        <message>
            <source>Line %1 has no label: a point is written x1, x2, label, but the line reads %2.</source>
            <translation>第 %1 行沒有標籤：一個點應寫作 x1, x2, 標籤，但這一行是 %2。</translation>
            <extra-zh_CN>第 %1 行没有标签：一个点应写作 x1, x2, 标签，但这一行是 %2。</extra-zh_CN>
            <extra-converted>第 %1 行沒有標籤：一個點應寫作 x1, x2, 標籤，但這一行是 %2。</extra-converted>
        </message>
        <message>
            <source>Line %1 has %2 cells: a point is written x1, x2, label, but the line reads %3.</source>
            <translation>第 %1 行有 %2 個單元格：一個點應寫作 x1, x2, 標籤，但這一行是 %3。</translation>
            <extra-zh_CN>第 %1 行有 %2 个单元格：一个点应写作 x1, x2, 标签，但这一行是 %3。</extra-zh_CN>
            <extra-converted>第 %1 行有 %2 個單元格：一個點應寫作 x1, x2, 標籤，但這一行是 %3。</extra-converted>
        </message>
        <message>
            <source>Line %1: the label %2 would be class %3; the applet reads at most %4 classes.</source>
            <translation>第 %1 行：標籤 %2 將是第 %3 個類別；本程式最多讀取 %4 個類別。</translation>
            <extra-zh_CN>第 %1 行：标签 %2 将是第 %3 个类别；本程序最多读取 %4 个类别。</extra-zh_CN>
            <extra-converted>第 %1 行：標籤 %2 將是第 %3 個類別；本程式最多讀取 %4 個類別。</extra-converted>
        </message>
        <message>
            <source>Lines %1 to %2 all have the label %3: classifying needs at least two classes.</source>
            <translation>第 %1 到 %2 行的標籤都是 %3：分類至少需要兩個類別。</translation>
            <extra-zh_CN>第 %1 到 %2 行的标签都是 %3：分类至少需要两个类别。</extra-zh_CN>
            <extra-converted>第 %1 到 %2 行的標籤都是 %3：分類至少需要兩個類別。</extra-converted>
        </message>
        <message>
            <source>Keep a share from 0 to %1 of the points unseen, not %2.</source>
            <translation>留作測試資料的點的比例應在 0 到 %1 之間，而不是 %2。</translation>
            <extra-zh_CN>留作测试数据的点的比例应在 0 到 %1 之间，而不是 %2。</extra-zh_CN>
            <extra-converted>留作測試資料的點的比例應在 0 到 %1 之間，而不是 %2。</extra-converted>
        </message>
        <message>
            <source>Each point needs two coordinates, a class and a split.</source>
            <translation>每個點需要兩個座標、一個類別和所屬的劃分。</translation>
            <extra-zh_CN>每个点需要两个坐标、一个类别和所属的划分。</extra-zh_CN>
            <extra-converted>每個點需要兩個座標、一個類別和所屬的劃分。</extra-converted>
        </message>
        <message>
            <source>Every coordinate of a point must be a finite number.</source>
            <translation>點的每個座標都必須是有限的數。</translation>
            <extra-zh_CN>点的每个坐标都必须是有限的数。</extra-zh_CN>
            <extra-converted>點的每個座標都必須是有限的數。</extra-converted>
        </message>
        <message>
            <source>Points come in %1 to %2 classes with different names.</source>
            <translation>點要分成 %1 到 %2 個名稱不同的類別。</translation>
            <extra-zh_CN>点要分成 %1 到 %2 个名称不同的类别。</extra-zh_CN>
            <extra-converted>點要分成 %1 到 %2 個名稱不同的類別。</extra-converted>
        </message>
        <message>
            <source>A point's class must be one of the %1 classes.</source>
            <translation>點的類別必須是這 %1 個類別之一。</translation>
            <extra-zh_CN>点的类别必须是这 %1 个类别之一。</extra-zh_CN>
            <extra-converted>點的類別必須是這 %1 個類別之一。</extra-converted>
        </message>
        <message>
            <source>At least one point must be left to train on.</source>
            <translation>至少要留一個點用於訓練。</translation>
            <extra-zh_CN>至少要留一个点用于训练。</extra-zh_CN>
            <extra-converted>至少要留一個點用於訓練。</extra-converted>
        </message>
        <message>
            <source>Each point needs a finite number as its target.</source>
            <translation>每個點都需要一個有限數作為目標值。</translation>
            <extra-zh_CN>每个点都需要一个有限数作为目标值。</extra-zh_CN>
            <extra-converted>每個點都需要一個有限數作為目標值。</extra-converted>
        </message>
        <message>
            <source>Points with a number to predict cannot be added by a click.</source>
            <translation>帶有待預測數值的點不能透過點選新增。</translation>
            <extra-zh_CN>带有待预测数值的点不能通过点击添加。</extra-zh_CN>
            <extra-converted>帶有待預測數值的點不能透過點選新增。</extra-converted>
        </message>
        <message>
            <source>%1 is neither a built-in set of points (%2) nor a CSV file.</source>
            <translation>%1 既不是內建點集（%2），也不是 CSV 檔案。</translation>
            <extra-zh_CN>%1 既不是内置点集（%2），也不是 CSV 文件。</extra-zh_CN>
            <extra-converted>%1 既不是內建點集（%2），也不是 CSV 檔案。</extra-converted>
        </message>
    </context>
    <context>
        <name>DataSettings</name>
        <message>
            <source>Data</source>
            <translation>資料</translation>
            <extra-zh_CN>数据</extra-zh_CN>
            <extra-converted>資料</extra-converted>
        </message>
        <message>
            <source>First unseen day</source>
            <translation>第一個測試日</translation>
            <extra-zh_CN>第一个测试日</extra-zh_CN>
            <extra-converted>第一個測試日</extra-converted>
        </message>
        <message>
            <source>Unseen days</source>
            <translation>測試天數</translation>
            <extra-zh_CN>测试天数</extra-zh_CN>
            <extra-converted>測試天數</extra-converted>
        </message>
        <message>
            <source>synthetic channel</source>
            <translation>合成頻道</translation>
            <extra-zh_CN>合成频道</extra-zh_CN>
            <extra-converted>合成頻道</extra-converted>
        </message>
        <message>
            <source>real: Wikipedia views of R</source>
            <translation>真實資料：維基百科 R 詞條瀏覽量</translation>
            <extra-zh_CN>真实数据：维基百科 R 词条浏览量</extra-zh_CN>
            <extra-converted>真實資料：維基百科 R 詞條瀏覽量</extra-converted>
        </message>
        <message>
            <source>imported: %1</source>
            <translation>匯入：%1</translation>
            <extra-zh_CN>导入：%1</extra-zh_CN>
            <extra-converted>匯入：%1</extra-converted>
        </message>
        <message>
            <source>Synthetic: a generated channel modelled on the lecture's (2017–2021). Real: daily page views of the English Wikipedia article “R (programming language)”, 2008–2015. Imported: your own CSV (File → Import views CSV).</source>
            <translation>合成：仿照課上頻道生成的資料（2017–2021）。真實：英文維基百科「R (programming language)」詞條的每日瀏覽量，2008–2015。匯入：你自己的 CSV（檔案 → 匯入觀看量 CSV）。</translation>
            <extra-zh_CN>合成：仿照课上频道生成的数据（2017–2021）。真实：英文维基百科“R (programming language)”词条的每日浏览量，2008–2015。导入：你自己的 CSV（文件 → 导入观看量 CSV）。</extra-zh_CN>
            <extra-converted>合成：仿照課上頻道生成的資料（2017–2021）。真實：英文維基百科「R (programming language)」詞條的每日瀏覽量，2008–2015。匯入：你自己的 CSV（檔案 → 匯入觀看量 CSV）。</extra-converted>
        </message>
        <message>
            <source>fill by linear interpolation (marked ×)</source>
            <translation>用線性插值填補（標記為 ×）</translation>
            <extra-zh_CN>用线性插值填补（标记为 ×）</extra-zh_CN>
            <extra-converted>用線性插值填補（標記為 ×）</extra-converted>
        </message>
        <message>
            <source>leave out the examples that touch them</source>
            <translation>去掉涉及這些天的樣本</translation>
            <extra-zh_CN>去掉涉及这些天的样本</extra-zh_CN>
            <extra-converted>去掉涉及這些天的樣本</extra-converted>
        </message>
        <message>
            <source>The lecture trains on the four years before this day and keeps the days from it on unseen.</source>
            <translation>課上用這一天之前的四年訓練，從這一天起的資料留作測試資料。</translation>
            <extra-zh_CN>课上用这一天之前的四年训练，从这一天起的数据留作测试数据。</extra-zh_CN>
            <extra-converted>課上用這一天之前的四年訓練，從這一天起的資料留作測試資料。</extra-converted>
        </message>
        <message>
            <source>How many days from the first unseen day are kept unseen (L′).</source>
            <translation>從第一個測試日起，有多少天留作測試資料（L′）。</translation>
            <extra-zh_CN>从第一个测试日起，有多少天留作测试数据（L′）。</extra-zh_CN>
            <extra-converted>從第一個測試日起，有多少天留作測試資料（L′）。</extra-converted>
        </message>
        <message>
            <source>Missing days (%1)</source>
            <translation>缺失天數（%1）</translation>
            <extra-zh_CN>缺失天数（%1）</extra-zh_CN>
            <extra-converted>缺失天數（%1）</extra-converted>
        </message>
        <message>
            <source>%1 days between the first and the last date have no count.</source>
            <translation>第一天到最後一天之間有 %1 天沒有資料。</translation>
            <extra-zh_CN>第一天到最后一天之间有 %1 天没有数据。</extra-zh_CN>
            <extra-converted>第一天到最後一天之間有 %1 天沒有資料。</extra-converted>
        </message>
        <message>
            <source>%1 training days, %2 unseen.</source>
            <translation>訓練 %1 天，測試 %2 天。</translation>
            <extra-zh_CN>训练 %1 天，测试 %2 天。</extra-zh_CN>
            <extra-converted>訓練 %1 天，測試 %2 天。</extra-converted>
        </message>
        <message>
            <source>%1 of them filled (×).</source>
            <translation>其中 %1 天是填補的（×）。</translation>
            <extra-zh_CN>其中 %1 天是填补的（×）。</extra-zh_CN>
            <extra-converted>其中 %1 天是填補的（×）。</extra-converted>
        </message>
        <message>
            <source>%1 examples left out.</source>
            <translation>去掉了 %1 個樣本。</translation>
            <extra-zh_CN>去掉了 %1 个样本。</extra-zh_CN>
            <extra-converted>去掉了 %1 個樣本。</extra-converted>
        </message>
        <message>
            <source>Training days: %1 to %2. Unseen days: %3 to %4. Filled: the day had no count and got one on the straight line between its neighbours. Left out: the example's target or one of its feature days had no count.</source>
            <translation>訓練日：%1 至 %2。測試日：%3 至 %4。填補：這一天沒有資料，取前後相鄰兩天連線上的值。去掉：樣本的目標日或某個特徵日沒有資料。</translation>
            <extra-zh_CN>训练日：%1 至 %2。测试日：%3 至 %4。填补：这一天没有数据，取前后相邻两天连线上的值。去掉：样本的目标日或某个特征日没有数据。</extra-zh_CN>
            <extra-converted>訓練日：%1 至 %2。測試日：%3 至 %4。填補：這一天沒有資料，取前後相鄰兩天連線上的值。去掉：樣本的目標日或某個特徵日沒有資料。</extra-converted>
        </message>
    </context>
    <context>
        <name>DayAxis</name>
        <message>
            <source>MMM</source>
            <translation>M月</translation>
            <extra-zh_CN>M月</extra-zh_CN>
            <extra-converted>M月</extra-converted>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>yyyy年M月</translation>
            <extra-zh_CN>yyyy年M月</extra-zh_CN>
            <extra-converted>yyyy年M月</extra-converted>
        </message>
    </context>
    <context>
        <name>DecisionMapPanel</name>
        <message>
            <source>Decision map</source>
            <translation>決策圖</translation>
            <extra-zh_CN>决策图</extra-zh_CN>
            <extra-converted>決策圖</extra-converted>
        </message>
        <message>
            <source>Click adds a point of class</source>
            <translation>單擊新增此類別的點</translation>
            <extra-zh_CN>单击添加此类别的点</extra-zh_CN>
            <extra-converted>單擊新增此類別的點</extra-converted>
        </message>
        <message>
            <source>A click on the map adds a training point of this class; a click on a training point shows its backpropagation; a right-click on a point removes it.</source>
            <translation>在圖上單擊，新增一個這一類別的訓練點；單擊一個訓練點，顯示它的反向傳播；右擊一個點可以刪除它。</translation>
            <extra-zh_CN>在图上单击，添加一个这一类别的训练点；单击一个训练点，显示它的反向传播；右击一个点可以删除它。</extra-zh_CN>
            <extra-converted>在圖上單擊，新增一個這一類別的訓練點；單擊一個訓練點，顯示它的反向傳播；右擊一個點可以刪除它。</extra-converted>
        </message>
        <message>
            <source>Show unseen points</source>
            <translation>顯示測試資料</translation>
            <extra-zh_CN>显示测试数据</extra-zh_CN>
            <extra-converted>顯示測試資料</extra-converted>
        </message>
        <message>
            <source>Unseen points (hollow rings) are not trained on: L′ is their loss.</source>
            <translation>測試資料（空心圓圈）不參與訓練：L′ 是它們上的損失。</translation>
            <extra-zh_CN>测试数据（空心圆圈）不参与训练：L′ 是它们上的损失。</extra-zh_CN>
            <extra-converted>測試資料（空心圓圈）不參與訓練：L′ 是它們上的損失。</extra-converted>
        </message>
        <message>
            <source>Discretise output</source>
            <translation>離散化輸出</translation>
            <extra-zh_CN>离散化输出</extra-zh_CN>
            <extra-converted>離散化輸出</extra-converted>
        </message>
        <message>
            <source>Show only the network's answer: the class it picks at each point (no shades of probability), or for a number to predict only its sign, below 0 or from 0 up.</source>
            <translation>只顯示網路的答案：它在每個點選擇的類別（沒有機率的深淺），或者對待預測的數值只顯示它的符號：小於 0，或大於等於 0。</translation>
            <extra-zh_CN>只显示网络的答案：它在每个点选择的类别（没有概率的深浅），或者对待预测的数值只显示它的符号：小于 0，或大于等于 0。</extra-zh_CN>
            <extra-converted>只顯示網路的答案：它在每個點選擇的類別（沒有機率的深淺），或者對待預測的數值只顯示它的符號：小於 0，或大於等於 0。</extra-converted>
        </message>
        <message>
            <source>Loss: training L = %1, unseen L′ = %2</source>
            <translation>損失：訓練 L = %1，測試 L′ = %2</translation>
            <extra-zh_CN>损失：训练 L = %1，测试 L′ = %2</extra-zh_CN>
            <extra-converted>損失：訓練 L = %1，測試 L′ = %2</extra-converted>
        </message>
        <message>
            <source>Accuracy: training %1, unseen %2</source>
            <translation>準確率：訓練資料 %1，測試資料 %2</translation>
            <extra-zh_CN>准确率：训练数据 %1，测试数据 %2</extra-zh_CN>
            <extra-converted>準確率：訓練資料 %1，測試資料 %2</extra-converted>
        </message>
        <message>
            <source>The decision map draws points in the plane (the free-play lesson).</source>
            <translation>決策圖畫的是平面上的點（自由練習一課）。</translation>
            <extra-zh_CN>决策图画的是平面上的点（自由练习一课）。</extra-zh_CN>
            <extra-converted>決策圖畫的是平面上的點（自由練習一課）。</extra-converted>
        </message>
        <message>
            <source>Input %1 of the first layer: its value over the plane</source>
            <translation>第一層的輸入 %1：它在平面上的值</translation>
            <extra-zh_CN>第一层的输入 %1：它在平面上的值</extra-zh_CN>
            <extra-converted>第一層的輸入 %1：它在平面上的值</extra-converted>
        </message>
        <message>
            <source>Neuron %1 of layer %2: its output over the plane</source>
            <translation>第 %2 層的神經元 %1：它在平面上的輸出</translation>
            <extra-zh_CN>第 %2 层的神经元 %1：它在平面上的输出</extra-zh_CN>
            <extra-converted>第 %2 層的神經元 %1：它在平面上的輸出</extra-converted>
        </message>
        <message>
            <source>, orange below its middle, blue above; the black line is still the decision boundary.</source>
            <translation>，低於中間值為橘色，高於為藍色；黑線仍是決策邊界。</translation>
            <extra-zh_CN>，低于中间值为橙色，高于为蓝色；黑线仍是决策边界。</extra-zh_CN>
            <extra-converted>，低於中間值為橘色，高於為藍色；黑線仍是決策邊界。</extra-converted>
        </message>
        <message>
            <source>The network's outputs are no longer finite numbers: the map shows the last finite ones.</source>
            <translation>網路的輸出已不再是有限的數：圖中顯示的是最後一次有限的輸出。</translation>
            <extra-zh_CN>网络的输出已不再是有限的数：图中显示的是最后一次有限的输出。</extra-zh_CN>
            <extra-converted>網路的輸出已不再是有限的數：圖中顯示的是最後一次有限的輸出。</extra-converted>
        </message>
        <message>
            <source>Colour: the sign of the predicted value, orange below 0, blue from 0 up; the points in the colour of their target.</source>
            <translation>顏色：預測值的符號，小於 0 為橘色，大於等於 0 為藍色；各點的顏色是它們的目標值。</translation>
            <extra-zh_CN>颜色：预测值的符号，小于 0 为橙色，大于等于 0 为蓝色；各点的颜色是它们的目标值。</extra-zh_CN>
            <extra-converted>顏色：預測值的符號，小於 0 為橘色，大於等於 0 為藍色；各點的顏色是它們的目標值。</extra-converted>
        </message>
        <message>
            <source>Colour: the predicted value, from orange (−1) through white (0) to blue (+1); the points in the colour of their target.</source>
            <translation>顏色：預測值，從橘色（−1）經白色（0）到藍色（+1）；各點的顏色是它們的目標值。</translation>
            <extra-zh_CN>颜色：预测值，从橙色（−1）经白色（0）到蓝色（+1）；各点的颜色是它们的目标值。</extra-zh_CN>
            <extra-converted>顏色：預測值，從橘色（−1）經白色（0）到藍色（+1）；各點的顏色是它們的目標值。</extra-converted>
        </message>
        <message>
            <source>Colour: the class the network picks at each point; the black line is where it changes.</source>
            <translation>顏色：網路在每個點選擇的類別；黑線是類別改變的地方。</translation>
            <extra-zh_CN>颜色：网络在每个点选择的类别；黑线是类别改变的地方。</extra-zh_CN>
            <extra-converted>顏色：網路在每個點選擇的類別；黑線是類別改變的地方。</extra-converted>
        </message>
        <message>
            <source>Colour: the probability of class 1, from orange (0) through white (0.5) to blue (1); the black line is p = 0.5, where the answer changes.</source>
            <translation>顏色：類別 1 的機率，從橘色（0）經過白色（0.5）到藍色（1）；黑線是 p = 0.5，即回答改變的地方。</translation>
            <extra-zh_CN>颜色：类别 1 的概率，从橙色（0）经过白色（0.5）到蓝色（1）；黑线是 p = 0.5，即回答改变的地方。</extra-zh_CN>
            <extra-converted>顏色：類別 1 的機率，從橘色（0）經過白色（0.5）到藍色（1）；黑線是 p = 0.5，即回答改變的地方。</extra-converted>
        </message>
        <message>
            <source>Colour: the most probable class; pale where the network is unsure.</source>
            <translation>顏色：機率最大的類別；網路沒有把握的地方顏色較淺。</translation>
            <extra-zh_CN>颜色：概率最大的类别；网络没有把握的地方颜色较浅。</extra-zh_CN>
            <extra-converted>顏色：機率最大的類別；網路沒有把握的地方顏色較淺。</extra-converted>
        </message>
    </context>
    <context>
        <name>DigitsPanel</name>
        <message>
            <source>Digits</source>
            <translation>手寫數字</translation>
            <extra-zh_CN>手写数字</extra-zh_CN>
            <extra-converted>手寫數字</extra-converted>
        </message>
        <message>
            <source>Which test digits the grid shows; click a cell of the confusion matrix to see the digits it counts.</source>
            <translation>網格顯示哪些測試數字；點選混淆矩陣的格子可檢視它統計的數字。</translation>
            <extra-zh_CN>网格显示哪些测试数字；点击混淆矩阵的格子可查看它统计的数字。</extra-zh_CN>
            <extra-converted>網格顯示哪些測試數字；點選混淆矩陣的格子可檢視它統計的數字。</extra-converted>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一頁</translation>
            <extra-zh_CN>上一页</extra-zh_CN>
            <extra-converted>上一頁</extra-converted>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一頁</translation>
            <extra-zh_CN>下一页</extra-zh_CN>
            <extra-converted>下一頁</extra-converted>
        </message>
        <message>
            <source>digit</source>
            <translation>數字</translation>
            <extra-zh_CN>数字</extra-zh_CN>
            <extra-converted>數字</extra-converted>
        </message>
        <message>
            <source>probability</source>
            <translation>機率</translation>
            <extra-zh_CN>概率</extra-zh_CN>
            <extra-converted>機率</extra-converted>
        </message>
        <message>
            <source>true</source>
            <translation>真實</translation>
            <extra-zh_CN>真实</extra-zh_CN>
            <extra-converted>真實</extra-converted>
        </message>
        <message>
            <source>Rows: the true digit; columns: the network's answer. The blue diagonal is right, orange cells are mistakes.</source>
            <translation>列：真實數字；欄：網路的回答。藍色對角線是答對的，橘色格子是答錯的。</translation>
            <extra-zh_CN>行：真实数字；列：网络的回答。蓝色对角线是答对的，橙色格子是答错的。</extra-zh_CN>
            <extra-converted>列：真實數字；欄：網路的回答。藍色對角線是答對的，橘色格子是答錯的。</extra-converted>
        </message>
        <message>
            <source>all test digits (%1)</source>
            <translation>全部測試數字（%1）</translation>
            <extra-zh_CN>全部测试数字（%1）</extra-zh_CN>
            <extra-converted>全部測試數字（%1）</extra-converted>
        </message>
        <message>
            <source>mistakes only</source>
            <translation>只看錯誤</translation>
            <extra-zh_CN>只看错误</extra-zh_CN>
            <extra-converted>只看錯誤</extra-converted>
        </message>
        <message>
            <source>mistakes only (%1)</source>
            <translation>只看錯誤（%1）</translation>
            <extra-zh_CN>只看错误（%1）</extra-zh_CN>
            <extra-converted>只看錯誤（%1）</extra-converted>
        </message>
        <message>
            <source>true %1, predicted %2 (%3)</source>
            <translation>真實 %1，預測 %2（%3）</translation>
            <extra-zh_CN>真实 %1，预测 %2（%3）</extra-zh_CN>
            <extra-converted>真實 %1，預測 %2（%3）</extra-converted>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>第 %1 頁，共 %2 頁</translation>
            <extra-zh_CN>第 %1 页，共 %2 页</extra-zh_CN>
            <extra-converted>第 %1 頁，共 %2 頁</extra-converted>
        </message>
        <message>
            <source>true %1</source>
            <translation>真實 %1</translation>
            <extra-zh_CN>真实 %1</extra-zh_CN>
            <extra-converted>真實 %1</extra-converted>
        </message>
        <message>
            <source>test digit %1: true %2, predicted %3</source>
            <translation>測試數字 %1：真實 %2，預測 %3</translation>
            <extra-zh_CN>测试数字 %1：真实 %2，预测 %3</extra-zh_CN>
            <extra-converted>測試數字 %1：真實 %2，預測 %3</extra-converted>
        </message>
        <message>
            <source>Test digit %1 · true label: %2</source>
            <translation>測試數字 %1 · 真實標籤：%2</translation>
            <extra-zh_CN>测试数字 %1 · 真实标签：%2</extra-zh_CN>
            <extra-converted>測試數字 %1 · 真實標籤：%2</extra-converted>
        </message>
        <message>
            <source>Test digit %1
true label: %2
predicted: %3 (%4 %)
✓ right</source>
            <translation>測試數字 %1
真實標籤：%2
預測：%3（%4 %）
✓ 正確</translation>
            <extra-zh_CN>测试数字 %1
真实标签：%2
预测：%3（%4 %）
✓ 正确</extra-zh_CN>
            <extra-converted>測試數字 %1
真實標籤：%2
預測：%3（%4 %）
✓ 正確</extra-converted>
        </message>
        <message>
            <source>Test digit %1
true label: %2
predicted: %3 (%4 %)
✗ wrong</source>
            <translation>測試數字 %1
真實標籤：%2
預測：%3（%4 %）
✗ 錯誤</translation>
            <extra-zh_CN>测试数字 %1
真实标签：%2
预测：%3（%4 %）
✗ 错误</extra-zh_CN>
            <extra-converted>測試數字 %1
真實標籤：%2
預測：%3（%4 %）
✗ 錯誤</extra-converted>
        </message>
        <message>
            <source>Test accuracy: %1 % (%2 of %3 digits right)</source>
            <translation>測試準確率：%1 %（%3 個數字中答對 %2 個）</translation>
            <extra-zh_CN>测试准确率：%1 %（%3 个数字中答对 %2 个）</extra-zh_CN>
            <extra-converted>測試準確率：%1 %（%3 個數字中答對 %2 個）</extra-converted>
        </message>
    </context>
    <context>
        <name>DrawPadPanel</name>
        <message>
            <source>Draw a digit</source>
            <translation>手寫一個數字</translation>
            <extra-zh_CN>手写一个数字</extra-zh_CN>
            <extra-converted>手寫一個數字</extra-converted>
        </message>
        <message>
            <source>Brush</source>
            <translation>筆刷</translation>
            <extra-zh_CN>笔刷</extra-zh_CN>
            <extra-converted>筆刷</extra-converted>
        </message>
        <message>
            <source>Stroke width in pad pixels (the pad is 224 pixels wide).</source>
            <translation>筆畫寬度，以畫板像素計（畫板寬 224 像素）。</translation>
            <extra-zh_CN>笔画宽度，以画板像素计（画板宽 224 像素）。</extra-zh_CN>
            <extra-converted>筆畫寬度，以畫板像素計（畫板寬 224 像素）。</extra-converted>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
            <extra-zh_CN>清除</extra-zh_CN>
            <extra-converted>清除</extra-converted>
        </message>
        <message>
            <source>Erase the pad and draw a new digit.</source>
            <translation>擦掉畫板，重新寫一個數字。</translation>
            <extra-zh_CN>擦掉画板，重新写一个数字。</extra-zh_CN>
            <extra-converted>擦掉畫板，重新寫一個數字。</extra-converted>
        </message>
        <message>
            <source>centre and scale like MNIST</source>
            <translation>像 MNIST 一樣居中並縮放</translation>
            <extra-zh_CN>像 MNIST 一样居中并缩放</extra-zh_CN>
            <extra-converted>像 MNIST 一樣居中並縮放</extra-converted>
        </message>
        <message>
            <source>MNIST scaled each digit so its longer side fills 20 of 28 pixels and put its centre of mass in the middle. Untick to shrink the pad as it is: a digit drawn small or in a corner then looks nothing like the training digits.</source>
            <translation>MNIST 把每個數字縮放到長邊佔 28 像素中的 20 像素，並把它的質心放在正中。取消勾選則把畫板原樣縮小：畫得太小或畫在角落的數字，就和訓練數字完全不像了。</translation>
            <extra-zh_CN>MNIST 把每个数字缩放到长边占 28 像素中的 20 像素，并把它的质心放在正中。取消勾选则把画板原样缩小：画得太小或画在角落的数字，就和训练数字完全不像了。</extra-zh_CN>
            <extra-converted>MNIST 把每個數字縮放到長邊佔 28 像素中的 20 像素，並把它的質心放在正中。取消勾選則把畫板原樣縮小：畫得太小或畫在角落的數字，就和訓練數字完全不像了。</extra-converted>
        </message>
        <message>
            <source>What the network sees</source>
            <translation>網路看到的</translation>
            <extra-zh_CN>网络看到的</extra-zh_CN>
            <extra-converted>網路看到的</extra-converted>
        </message>
        <message>
            <source>Your drawing as the network's 16×16 = 256 inputs, prepared like the training digits.</source>
            <translation>你寫的數字變成網路的 16×16 = 256 個輸入，處理方式與訓練數字相同。</translation>
            <extra-zh_CN>你写的数字变成网络的 16×16 = 256 个输入，处理方式与训练数字相同。</extra-zh_CN>
            <extra-converted>你寫的數字變成網路的 16×16 = 256 個輸入，處理方式與訓練數字相同。</extra-converted>
        </message>
        <message>
            <source>digit</source>
            <translation>數字</translation>
            <extra-zh_CN>数字</extra-zh_CN>
            <extra-converted>數字</extra-converted>
        </message>
        <message>
            <source>The network says: %1 (%2 %)</source>
            <translation>網路認為是：%1（%2 %）</translation>
            <extra-zh_CN>网络认为是：%1（%2 %）</extra-zh_CN>
            <extra-converted>網路認為是：%1（%2 %）</extra-converted>
        </message>
        <message>
            <source>Draw a digit in the box with the mouse.</source>
            <translation>用滑鼠在方框裡寫一個數字。</translation>
            <extra-zh_CN>用鼠标在方框里写一个数字。</extra-zh_CN>
            <extra-converted>用滑鼠在方框裡寫一個數字。</extra-converted>
        </message>
        <message>
            <source>This network is too large to copy its weights while it trains: pause to see its answer.</source>
            <translation>這個網路太大，訓練時無法複製它的權重：暫停後即可看到它的回答。</translation>
            <extra-zh_CN>这个网络太大，训练时无法复制它的权重：暂停后即可看到它的回答。</extra-zh_CN>
            <extra-converted>這個網路太大，訓練時無法複製它的權重：暫停後即可看到它的回答。</extra-converted>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>The applet keeps working: you can go on, or save your session and restart it.</source>
            <translation>程式仍在執行：你可以繼續，或者儲存工作階段後重新啟動。</translation>
            <extra-zh_CN>程序仍在运行：你可以继续，或者保存会话后重新启动。</extra-zh_CN>
            <extra-converted>程式仍在執行：你可以繼續，或者儲存工作階段後重新啟動。</extra-converted>
        </message>
        <message>
            <source>The details were written to %1.</source>
            <translation>詳細資訊已寫入 %1。</translation>
            <extra-zh_CN>详细信息已写入 %1。</extra-zh_CN>
            <extra-converted>詳細資訊已寫入 %1。</extra-converted>
        </message>
        <message>
            <source>Show details</source>
            <translation>顯示詳細資訊</translation>
            <extra-zh_CN>显示详细信息</extra-zh_CN>
            <extra-converted>顯示詳細資訊</extra-converted>
        </message>
        <message>
            <source>Copy details</source>
            <translation>複製詳細資訊</translation>
            <extra-zh_CN>复制详细信息</extra-zh_CN>
            <extra-converted>複製詳細資訊</extra-converted>
        </message>
        <message>
            <source>Copy the versions and the traceback, to paste into a bug report.</source>
            <translation>複製版本資訊和呼叫堆疊，以便貼上到錯誤報告中。</translation>
            <extra-zh_CN>复制版本信息和调用栈，以便粘贴到错误报告中。</extra-zh_CN>
            <extra-converted>複製版本資訊和呼叫堆疊，以便貼上到錯誤報告中。</extra-converted>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
            <extra-zh_CN>关闭</extra-zh_CN>
            <extra-converted>關閉</extra-converted>
        </message>
        <message>
            <source>%1

(%2 errors so far; the details hold each of them.)</source>
            <translation>%1

（到目前為止共 %2 個錯誤；詳細資訊中包含每一個。）</translation>
            <extra-zh_CN>%1

（到目前为止共 %2 个错误；详细信息中包含每一个。）</extra-zh_CN>
            <extra-converted>%1

（到目前為止共 %2 個錯誤；詳細資訊中包含每一個。）</extra-converted>
        </message>
        <message>
            <source>Hide details</source>
            <translation>隱藏詳細資訊</translation>
            <extra-zh_CN>隐藏详细信息</extra-zh_CN>
            <extra-converted>隱藏詳細資訊</extra-converted>
        </message>
    </context>
    <context>
        <name>ExampleEditor</name>
        <message>
            <source>hand-picked (Mazur)</source>
            <translation>精選示例（Mazur）</translation>
            <extra-zh_CN>精选示例（Mazur）</extra-zh_CN>
            <extra-converted>精選示例（Mazur）</extra-converted>
        </message>
        <message>
            <source>random, from the seed</source>
            <translation>隨機（由隨機種子生成）</translation>
            <extra-zh_CN>随机（由随机种子生成）</extra-zh_CN>
            <extra-converted>隨機（由隨機種子生成）</extra-converted>
        </message>
        <message>
            <source>Preset</source>
            <translation>預設</translation>
            <extra-zh_CN>预设</extra-zh_CN>
            <extra-converted>預設</extra-converted>
        </message>
        <message>
            <source>seed</source>
            <translation>隨機種子</translation>
            <extra-zh_CN>随机种子</extra-zh_CN>
            <extra-converted>隨機種子</extra-converted>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
            <extra-zh_CN>损失</extra-zh_CN>
            <extra-converted>損失</extra-converted>
        </message>
        <message>
            <source>η</source>
            <translation>η</translation>
            <extra-zh_CN>η</extra-zh_CN>
            <extra-converted>η</extra-converted>
        </message>
        <message>
            <source>digits</source>
            <translation>有效數字</translation>
            <extra-zh_CN>有效数字</extra-zh_CN>
            <extra-converted>有效數字</extra-converted>
        </message>
        <message>
            <source>layers</source>
            <translation>層數</translation>
            <extra-zh_CN>层数</extra-zh_CN>
            <extra-converted>層數</extra-converted>
        </message>
        <message>
            <source>inputs</source>
            <translation>輸入</translation>
            <extra-zh_CN>输入</extra-zh_CN>
            <extra-converted>輸入</extra-converted>
        </message>
        <message>
            <source>neurons</source>
            <translation>神經元</translation>
            <extra-zh_CN>神经元</extra-zh_CN>
            <extra-converted>神經元</extra-converted>
        </message>
        <message>
            <source>activation</source>
            <translation>激活函數</translation>
            <extra-zh_CN>激活函数</extra-zh_CN>
            <extra-converted>激活函數</extra-converted>
        </message>
        <message>
            <source>inputs x</source>
            <translation>輸入 x</translation>
            <extra-zh_CN>输入 x</extra-zh_CN>
            <extra-converted>輸入 x</extra-converted>
        </message>
        <message>
            <source>labels ŷ</source>
            <translation>標籤 ŷ</translation>
            <extra-zh_CN>标签 ŷ</extra-zh_CN>
            <extra-converted>標籤 ŷ</extra-converted>
        </message>
        <message>
            <source>Label ŷₖ: the output the network should give.</source>
            <translation>標籤 ŷₖ：網路應當給出的輸出。</translation>
            <extra-zh_CN>标签 ŷₖ：网络应当给出的输出。</extra-zh_CN>
            <extra-converted>標籤 ŷₖ：網路應當給出的輸出。</extra-converted>
        </message>
        <message>
            <source>target class</source>
            <translation>目標類別</translation>
            <extra-zh_CN>目标类别</extra-zh_CN>
            <extra-converted>目標類別</extra-converted>
        </message>
        <message>
            <source>Network and sample</source>
            <translation>網路與樣本</translation>
            <extra-zh_CN>网络与样本</extra-zh_CN>
            <extra-converted>網路與樣本</extra-converted>
        </message>
        <message>
            <source>Hand-picked: the 2-2-2 sigmoid network of Matt Mazur's “A Step by Step Backpropagation Example” (2015); every number the trace shows is in his article. Random: the current shape with weights, biases, inputs and targets drawn from the seed, rounded to two decimals.</source>
            <translation>精選示例：Matt Mazur《A Step by Step Backpropagation Example》（2015）中的 2-2-2 sigmoid 網路；追蹤中顯示的每個數字都能在他的文章裡找到。隨機：保持目前結構，權重、偏置、輸入和目標由隨機種子生成，保留兩位小數。</translation>
            <extra-zh_CN>精选示例：Matt Mazur《A Step by Step Backpropagation Example》（2015）中的 2-2-2 sigmoid 网络；追踪中显示的每个数字都能在他的文章里找到。随机：保持当前结构，权重、偏置、输入和目标由随机种子生成，保留两位小数。</extra-zh_CN>
            <extra-converted>精選示例：Matt Mazur《A Step by Step Backpropagation Example》（2015）中的 2-2-2 sigmoid 網路；追蹤中顯示的每個數字都能在他的文章裡找到。隨機：保持目前結構，權重、偏置、輸入和目標由隨機種子生成，保留兩位小數。</extra-converted>
        </message>
        <message>
            <source>Learning rate η of the update w⁺ = w − η·∂L/∂w.</source>
            <translation>更新 w⁺ = w − η·∂L/∂w 中的學習率 η。</translation>
            <extra-zh_CN>更新 w⁺ = w − η·∂L/∂w 中的学习率 η。</extra-zh_CN>
            <extra-converted>更新 w⁺ = w − η·∂L/∂w 中的學習率 η。</extra-converted>
        </message>
        <message>
            <source>Significant digits of the numbers shown (values are exact inside).</source>
            <translation>顯示數字的有效位數（內部計算是精確的）。</translation>
            <extra-zh_CN>显示数字的有效位数（内部计算是精确的）。</extra-zh_CN>
            <extra-converted>顯示數字的有效位數（內部計算是精確的）。</extra-converted>
        </message>
        <message>
            <source>Layers with weights: the hidden layers and the output layer.</source>
            <translation>帶權重的層：隱藏層和輸出層。</translation>
            <extra-zh_CN>带权重的层：隐藏层和输出层。</extra-zh_CN>
            <extra-converted>帶權重的層：隱藏層和輸出層。</extra-converted>
        </message>
        <message>
            <source>Random seed of the random preset: weights, biases, inputs and targets.</source>
            <translation>隨機預設的隨機種子：決定權重、偏置、輸入和目標。</translation>
            <extra-zh_CN>随机预设的随机种子：决定权重、偏置、输入和目标。</extra-zh_CN>
            <extra-converted>隨機預設的隨機種子：決定權重、偏置、輸入和目標。</extra-converted>
        </message>
        <message>
            <source>Number of inputs (features) of the network.</source>
            <translation>網路的輸入（特徵）個數。</translation>
            <extra-zh_CN>网络的输入（特征）个数。</extra-zh_CN>
            <extra-converted>網路的輸入（特徵）個數。</extra-converted>
        </message>
        <message>
            <source>Number of neurons in this layer.</source>
            <translation>這一層的神經元個數。</translation>
            <extra-zh_CN>这一层的神经元个数。</extra-zh_CN>
            <extra-converted>這一層的神經元個數。</extra-converted>
        </message>
        <message>
            <source>Activation function σ of this layer's neurons: a = σ(z).</source>
            <translation>這一層神經元的激活函數 σ：a = σ(z)。</translation>
            <extra-zh_CN>这一层神经元的激活函数 σ：a = σ(z)。</extra-zh_CN>
            <extra-converted>這一層神經元的激活函數 σ：a = σ(z)。</extra-converted>
        </message>
        <message>
            <source>Loss: how the output is compared with the target.</source>
            <translation>損失：如何把輸出和目標相比較。</translation>
            <extra-zh_CN>损失：如何把输出和目标相比较。</extra-zh_CN>
            <extra-converted>損失：如何把輸出和目標相比較。</extra-converted>
        </message>
        <message>
            <source>Input value xᵢ of the sample.</source>
            <translation>樣本的輸入值 xᵢ。</translation>
            <extra-zh_CN>样本的输入值 xᵢ。</extra-zh_CN>
            <extra-converted>樣本的輸入值 xᵢ。</extra-converted>
        </message>
        <message>
            <source>Target class: the index of the right output for cross-entropy.</source>
            <translation>目標類別：交叉熵中正確輸出的編號。</translation>
            <extra-zh_CN>目标类别：交叉熵中正确输出的编号。</extra-zh_CN>
            <extra-converted>目標類別：交叉熵中正確輸出的編號。</extra-converted>
        </message>
        <message>
            <source>output</source>
            <translation>輸出</translation>
            <extra-zh_CN>输出</extra-zh_CN>
            <extra-converted>輸出</extra-converted>
        </message>
        <message>
            <source>layer %1</source>
            <translation>第 %1 層</translation>
            <extra-zh_CN>第 %1 层</extra-zh_CN>
            <extra-converted>第 %1 層</extra-converted>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Pictures are saved as PNG or SVG, not %1.</source>
            <translation>圖片只能儲存為 PNG 或 SVG，不能是 %1。</translation>
            <extra-zh_CN>图片只能保存为 PNG 或 SVG，不能是 %1。</extra-zh_CN>
            <extra-converted>圖片只能儲存為 PNG 或 SVG，不能是 %1。</extra-converted>
        </message>
        <message>
            <source>a file without suffix</source>
            <translation>沒有副檔名的檔案</translation>
            <extra-zh_CN>没有扩展名的文件</extra-zh_CN>
            <extra-converted>沒有副檔名的檔案</extra-converted>
        </message>
        <message>
            <source>&amp;Export panel as picture…</source>
            <translation>將面板匯出為圖片(&amp;E)…</translation>
            <extra-zh_CN>将面板导出为图片(&amp;E)…</extra-zh_CN>
            <extra-converted>將面板匯出為圖片(&amp;E)…</extra-converted>
        </message>
        <message>
            <source>Save the focused panel as PNG or SVG.</source>
            <translation>把目前的面板儲存為 PNG 或 SVG。</translation>
            <extra-zh_CN>把当前面板保存为 PNG 或 SVG。</extra-zh_CN>
            <extra-converted>把目前的面板儲存為 PNG 或 SVG。</extra-converted>
        </message>
        <message>
            <source>Export &amp;loss history (CSV)…</source>
            <translation>匯出損失歷史 (CSV)(&amp;L)…</translation>
            <extra-zh_CN>导出损失历史 (CSV)(&amp;L)…</extra-zh_CN>
            <extra-converted>匯出損失歷史 (CSV)(&amp;L)…</extra-converted>
        </message>
        <message>
            <source>Export &amp;predictions (CSV)…</source>
            <translation>匯出預測結果 (CSV)(&amp;P)…</translation>
            <extra-zh_CN>导出预测结果 (CSV)(&amp;P)…</extra-zh_CN>
            <extra-converted>匯出預測結果 (CSV)(&amp;P)…</extra-converted>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>匯出 PNG…</translation>
            <extra-zh_CN>导出 PNG…</extra-zh_CN>
            <extra-converted>匯出 PNG…</extra-converted>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>匯出 SVG…</translation>
            <extra-zh_CN>导出 SVG…</extra-zh_CN>
            <extra-converted>匯出 SVG…</extra-converted>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已儲存 %1。</translation>
            <extra-zh_CN>已保存 %1。</extra-zh_CN>
            <extra-converted>已儲存 %1。</extra-converted>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 圖片 (*.png)</translation>
            <extra-zh_CN>PNG 图片 (*.png)</extra-zh_CN>
            <extra-converted>PNG 圖片 (*.png)</extra-converted>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG 圖片 (*.svg)</translation>
            <extra-zh_CN>SVG 图片 (*.svg)</extra-zh_CN>
            <extra-converted>SVG 圖片 (*.svg)</extra-converted>
        </message>
        <message>
            <source>Export picture</source>
            <translation>匯出圖片</translation>
            <extra-zh_CN>导出图片</extra-zh_CN>
            <extra-converted>匯出圖片</extra-converted>
        </message>
        <message>
            <source>Export loss history</source>
            <translation>匯出損失歷史</translation>
            <extra-zh_CN>导出损失历史</extra-zh_CN>
            <extra-converted>匯出損失歷史</extra-converted>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
            <extra-zh_CN>CSV 表格 (*.csv)</extra-zh_CN>
            <extra-converted>CSV 表格 (*.csv)</extra-converted>
        </message>
        <message>
            <source>Export predictions</source>
            <translation>匯出預測結果</translation>
            <extra-zh_CN>导出预测结果</extra-zh_CN>
            <extra-converted>匯出預測結果</extra-converted>
        </message>
    </context>
    <context>
        <name>FirstLayerPanel</name>
        <message>
            <source>What the first layer looks at</source>
            <translation>第一層在看什麼</translation>
            <extra-zh_CN>第一层在看什么</extra-zh_CN>
            <extra-converted>第一層在看什麼</extra-converted>
        </message>
        <message>
            <source>Each square: one neuron's 256 weights. Blue: ink there raises its z; orange: ink there lowers it.</source>
            <translation>每個方塊：一個神經元的 256 個權重。藍色：那裡有墨跡會提高它的 z；橘色：那裡有墨跡會降低它的 z。</translation>
            <extra-zh_CN>每个方块：一个神经元的 256 个权重。蓝色：那里有墨迹会提高它的 z；橙色：那里有墨迹会降低它的 z。</extra-zh_CN>
            <extra-converted>每個方塊：一個神經元的 256 個權重。藍色：那裡有墨跡會提高它的 z；橘色：那裡有墨跡會降低它的 z。</extra-converted>
        </message>
        <message>
            <source>A first-layer neuron computes z = b + Σ wⱼ·xⱼ over the 256 pixels, so its weights form a 16×16 image. Each square is scaled to its own largest |w|.</source>
            <translation>第一層的神經元對 256 個像素計算 z = b + Σ wⱼ·xⱼ，所以它的權重構成一幅 16×16 的影象。每個方塊按它自己最大的 |w| 縮放顏色。</translation>
            <extra-zh_CN>第一层的神经元对 256 个像素计算 z = b + Σ wⱼ·xⱼ，所以它的权重构成一幅 16×16 的图像。每个方块按它自己最大的 |w| 缩放颜色。</extra-zh_CN>
            <extra-converted>第一層的神經元對 256 個像素計算 z = b + Σ wⱼ·xⱼ，所以它的權重構成一幅 16×16 的影象。每個方塊按它自己最大的 |w| 縮放顏色。</extra-converted>
        </message>
        <message>
            <source>output for digit %1: weights from %2 to %3</source>
            <translation>數字 %1 的輸出：權重從 %2 到 %3</translation>
            <extra-zh_CN>数字 %1 的输出：权重从 %2 到 %3</extra-zh_CN>
            <extra-converted>數字 %1 的輸出：權重從 %2 到 %3</extra-converted>
        </message>
        <message>
            <source>neuron %1: weights from %2 to %3</source>
            <translation>神經元 %1：權重從 %2 到 %3</translation>
            <extra-zh_CN>神经元 %1：权重从 %2 到 %3</extra-zh_CN>
            <extra-converted>神經元 %1：權重從 %2 到 %3</extra-converted>
        </message>
        <message>
            <source>The first %1 of %2 neurons.</source>
            <translation>共 %2 個神經元中的前 %1 個。</translation>
            <extra-zh_CN>共 %2 个神经元中的前 %1 个。</extra-zh_CN>
            <extra-converted>共 %2 個神經元中的前 %1 個。</extra-converted>
        </message>
    </context>
    <context>
        <name>FitPanel</name>
        <message>
            <source>New Year</source>
            <translation>元旦</translation>
            <extra-zh_CN>元旦</extra-zh_CN>
            <extra-converted>元旦</extra-converted>
        </message>
        <message>
            <source>Christmas</source>
            <translation>聖誕節</translation>
            <extra-zh_CN>圣诞节</extra-zh_CN>
            <extra-converted>聖誕節</extra-converted>
        </message>
        <message>
            <source>Lunar New Year</source>
            <translation>春節</translation>
            <extra-zh_CN>春节</extra-zh_CN>
            <extra-converted>春節</extra-converted>
        </message>
        <message>
            <source>Fit</source>
            <translation>擬合</translation>
            <extra-zh_CN>拟合</extra-zh_CN>
            <extra-converted>擬合</extra-converted>
        </message>
        <message>
            <source>training days</source>
            <translation>訓練日</translation>
            <extra-zh_CN>训练日</extra-zh_CN>
            <extra-converted>訓練日</extra-converted>
        </message>
        <message>
            <source>training data</source>
            <translation>訓練資料</translation>
            <extra-zh_CN>训练数据</extra-zh_CN>
            <extra-converted>訓練資料</extra-converted>
        </message>
        <message>
            <source>unseen days</source>
            <translation>測試日</translation>
            <extra-zh_CN>测试日</extra-zh_CN>
            <extra-converted>測試日</extra-converted>
        </message>
        <message>
            <source>unseen data</source>
            <translation>測試資料</translation>
            <extra-zh_CN>测试数据</extra-zh_CN>
            <extra-converted>測試資料</extra-converted>
        </message>
        <message>
            <source>model</source>
            <translation>模型</translation>
            <extra-zh_CN>模型</extra-zh_CN>
            <extra-converted>模型</extra-converted>
        </message>
        <message>
            <source>actual</source>
            <translation>實際</translation>
            <extra-zh_CN>实际</extra-zh_CN>
            <extra-converted>實際</extra-converted>
        </message>
        <message>
            <source>predicted</source>
            <translation>預測</translation>
            <extra-zh_CN>预测</extra-zh_CN>
            <extra-converted>預測</extra-converted>
        </message>
        <message>
            <source>filled (was missing)</source>
            <translation>填補（原本缺失）</translation>
            <extra-zh_CN>填补（原本缺失）</extra-zh_CN>
            <extra-converted>填補（原本缺失）</extra-converted>
        </message>
        <message>
            <source>x₁ standardised (mean 0, sd 1)</source>
            <translation>x₁ 已標準化（平均值 0，標準差 1）</translation>
            <extra-zh_CN>x₁ 已标准化（均值 0，标准差 1）</extra-zh_CN>
            <extra-converted>x₁ 已標準化（平均值 0，標準差 1）</extra-converted>
        </message>
        <message>
            <source>views yesterday, x₁ (%1)</source>
            <translation>昨天的觀看量 x₁（%1）</translation>
            <extra-zh_CN>昨天的观看量 x₁（%1）</extra-zh_CN>
            <extra-converted>昨天的觀看量 x₁（%1）</extra-converted>
        </message>
        <message>
            <source>views that day, y (%1)</source>
            <translation>當天的觀看量 y（%1）</translation>
            <extra-zh_CN>当天的观看量 y（%1）</extra-zh_CN>
            <extra-converted>當天的觀看量 y（%1）</extra-converted>
        </message>
        <message>
            <source>ŷ − y (%1)</source>
            <translation>ŷ − y（%1）</translation>
            <extra-zh_CN>ŷ − y（%1）</extra-zh_CN>
            <extra-converted>ŷ − y（%1）</extra-converted>
        </message>
        <message>
            <source>Error on each unseen day: ŷ − y (above 0: too high)</source>
            <translation>每個測試日的誤差：ŷ − y（大於 0：預測偏高）</translation>
            <extra-zh_CN>每个测试日的误差：ŷ − y（大于 0：预测偏高）</extra-zh_CN>
            <extra-converted>每個測試日的誤差：ŷ − y（大於 0：預測偏高）</extra-converted>
        </message>
        <message>
            <source>Synthetic data (a generated channel)</source>
            <translation>合成資料（生成的頻道）</translation>
            <extra-zh_CN>合成数据（生成的频道）</extra-zh_CN>
            <extra-converted>合成資料（生成的頻道）</extra-converted>
        </message>
        <message>
            <source>Real data: Wikipedia views of "R (programming language)"</source>
            <translation>真實資料：維基百科「R (programming language)」詞條瀏覽量</translation>
            <extra-zh_CN>真实数据：维基百科“R (programming language)”词条浏览量</extra-zh_CN>
            <extra-converted>真實資料：維基百科「R (programming language)」詞條瀏覽量</extra-converted>
        </message>
        <message>
            <source>Imported data: %1</source>
            <translation>匯入的資料：%1</translation>
            <extra-zh_CN>导入的数据：%1</extra-zh_CN>
            <extra-converted>匯入的資料：%1</extra-converted>
        </message>
        <message>
            <source>views (%1)</source>
            <translation>觀看量（%1）</translation>
            <extra-zh_CN>观看量（%1）</extra-zh_CN>
            <extra-converted>觀看量（%1）</extra-converted>
        </message>
    </context>
    <context>
        <name>LayerBuilderPanel</name>
        <message>
            <source>linear (no hidden layer)</source>
            <translation>線性（沒有隱藏層）</translation>
            <extra-zh_CN>线性（没有隐藏层）</extra-zh_CN>
            <extra-converted>線性（沒有隱藏層）</extra-converted>
        </message>
        <message>
            <source>3 sigmoids</source>
            <translation>3 個 sigmoid</translation>
            <extra-zh_CN>3 个 sigmoid</extra-zh_CN>
            <extra-converted>3 個 sigmoid</extra-converted>
        </message>
        <message>
            <source>10 ReLU</source>
            <translation>10 個 ReLU</translation>
            <extra-zh_CN>10 个 ReLU</extra-zh_CN>
            <extra-converted>10 個 ReLU</extra-converted>
        </message>
        <message>
            <source>100 ReLU</source>
            <translation>100 個 ReLU</translation>
            <extra-zh_CN>100 个 ReLU</extra-zh_CN>
            <extra-converted>100 個 ReLU</extra-converted>
        </message>
        <message>
            <source>1000 ReLU</source>
            <translation>1000 個 ReLU</translation>
            <extra-zh_CN>1000 个 ReLU</extra-zh_CN>
            <extra-converted>1000 個 ReLU</extra-converted>
        </message>
        <message>
            <source>2 layers of 100 ReLU</source>
            <translation>2 層，每層 100 個 ReLU</translation>
            <extra-zh_CN>2 层，每层 100 个 ReLU</extra-zh_CN>
            <extra-converted>2 層，每層 100 個 ReLU</extra-converted>
        </message>
        <message>
            <source>3 layers of 100 ReLU</source>
            <translation>3 層，每層 100 個 ReLU</translation>
            <extra-zh_CN>3 层，每层 100 个 ReLU</extra-zh_CN>
            <extra-converted>3 層，每層 100 個 ReLU</extra-converted>
        </message>
        <message>
            <source>4 layers of 100 ReLU</source>
            <translation>4 層，每層 100 個 ReLU</translation>
            <extra-zh_CN>4 层，每层 100 个 ReLU</extra-zh_CN>
            <extra-converted>4 層，每層 100 個 ReLU</extra-converted>
        </message>
        <message>
            <source>Layers</source>
            <translation>網路層</translation>
            <extra-zh_CN>网络层</extra-zh_CN>
            <extra-converted>網路層</extra-converted>
        </message>
        <message>
            <source>At most %1 hidden layers.</source>
            <translation>最多 %1 個隱藏層。</translation>
            <extra-zh_CN>最多 %1 个隐藏层。</extra-zh_CN>
            <extra-converted>最多 %1 個隱藏層。</extra-converted>
        </message>
        <message>
            <source>Neurons in this hidden layer.</source>
            <translation>這個隱藏層的神經元個數。</translation>
            <extra-zh_CN>这个隐藏层的神经元个数。</extra-zh_CN>
            <extra-converted>這個隱藏層的神經元個數。</extra-converted>
        </message>
        <message>
            <source>Activation function σ of this layer's neurons: a = σ(z).</source>
            <translation>這一層神經元的激活函數 σ：a = σ(z)。</translation>
            <extra-zh_CN>这一层神经元的激活函数 σ：a = σ(z)。</extra-zh_CN>
            <extra-converted>這一層神經元的激活函數 σ：a = σ(z)。</extra-converted>
        </message>
        <message>
            <source>%1 parameters (%2 weights + %3 biases)</source>
            <translation>%1 個參數（%2 個權重 + %3 個偏置）</translation>
            <extra-zh_CN>%1 个参数（%2 个权重 + %3 个偏置）</extra-zh_CN>
            <extra-converted>%1 個參數（%2 個權重 + %3 個偏置）</extra-converted>
        </message>
        <message>
            <source>Not applied yet: “Apply” builds this network from the seed and starts training again.</source>
            <translation>尚未套用：按「套用」會按隨機種子建立這個網路，並重新開始訓練。</translation>
            <extra-zh_CN>尚未应用：按“应用”会按随机种子构建这个网络，并重新开始训练。</extra-zh_CN>
            <extra-converted>尚未套用：按「套用」會按隨機種子建立這個網路，並重新開始訓練。</extra-converted>
        </message>
        <message>
            <source>%1 inputs</source>
            <translation>%1 個輸入</translation>
            <extra-zh_CN>%1 个输入</extra-zh_CN>
            <extra-converted>%1 個輸入</extra-converted>
        </message>
        <message>
            <source>1 input</source>
            <translation>1 個輸入</translation>
            <extra-zh_CN>1 个输入</extra-zh_CN>
            <extra-converted>1 個輸入</extra-converted>
        </message>
        <message>
            <source>%1 + softmax</source>
            <translation>%1 + softmax</translation>
            <extra-zh_CN>%1 + softmax</extra-zh_CN>
            <extra-converted>%1 + softmax</extra-converted>
        </message>
        <message>
            <source>output</source>
            <translation>輸出</translation>
            <extra-zh_CN>输出</extra-zh_CN>
            <extra-converted>輸出</extra-converted>
        </message>
        <message>
            <source>The output layer follows the task: one linear neuron per predicted number, or one per class with softmax.</source>
            <translation>輸出層由任務決定：每個要預測的數對應一個線性神經元，或者每個類別一個神經元再加 softmax。</translation>
            <extra-zh_CN>输出层由任务决定：每个要预测的数对应一个线性神经元，或者每个类别一个神经元再加 softmax。</extra-zh_CN>
            <extra-converted>輸出層由任務決定：每個要預測的數對應一個線性神經元，或者每個類別一個神經元再加 softmax。</extra-converted>
        </message>
        <message>
            <source>Move this layer towards the inputs</source>
            <translation>把這一層移向輸入端</translation>
            <extra-zh_CN>把这一层移向输入端</extra-zh_CN>
            <extra-converted>把這一層移向輸入端</extra-converted>
        </message>
        <message>
            <source>Move this layer towards the output</source>
            <translation>把這一層移向輸出端</translation>
            <extra-zh_CN>把这一层移向输出端</extra-zh_CN>
            <extra-converted>把這一層移向輸出端</extra-converted>
        </message>
        <message>
            <source>Remove this layer</source>
            <translation>刪除這一層</translation>
            <extra-zh_CN>删除这一层</extra-zh_CN>
            <extra-converted>刪除這一層</extra-converted>
        </message>
        <message>
            <source>Preset:</source>
            <translation>預設：</translation>
            <extra-zh_CN>预设：</extra-zh_CN>
            <extra-converted>預設：</extra-converted>
        </message>
        <message>
            <source>choose a network…</source>
            <translation>選擇一個網路…</translation>
            <extra-zh_CN>选择一个网络…</extra-zh_CN>
            <extra-converted>選擇一個網路…</extra-converted>
        </message>
        <message>
            <source>layer</source>
            <translation>層</translation>
            <extra-zh_CN>层</extra-zh_CN>
            <extra-converted>層</extra-converted>
        </message>
        <message>
            <source>neurons</source>
            <translation>神經元</translation>
            <extra-zh_CN>神经元</extra-zh_CN>
            <extra-converted>神經元</extra-converted>
        </message>
        <message>
            <source>activation</source>
            <translation>激活函數</translation>
            <extra-zh_CN>激活函数</extra-zh_CN>
            <extra-converted>激活函數</extra-converted>
        </message>
        <message>
            <source>parameters</source>
            <translation>參數</translation>
            <extra-zh_CN>参数</extra-zh_CN>
            <extra-converted>參數</extra-converted>
        </message>
        <message>
            <source>Add layer</source>
            <translation>新增一層</translation>
            <extra-zh_CN>添加一层</extra-zh_CN>
            <extra-converted>新增一層</extra-converted>
        </message>
        <message>
            <source>Add a hidden layer in front of the output layer.</source>
            <translation>在輸出層前面新增一個隱藏層。</translation>
            <extra-zh_CN>在输出层前面添加一个隐藏层。</extra-zh_CN>
            <extra-converted>在輸出層前面新增一個隱藏層。</extra-converted>
        </message>
        <message>
            <source>Ready-made networks from the lecture.</source>
            <translation>課上用過的現成網路。</translation>
            <extra-zh_CN>课上用过的现成网络。</extra-zh_CN>
            <extra-converted>課上用過的現成網路。</extra-converted>
        </message>
        <message>
            <source>Apply</source>
            <translation>套用</translation>
            <extra-zh_CN>应用</extra-zh_CN>
            <extra-converted>套用</extra-converted>
        </message>
        <message>
            <source>Build this network from the seed and start training again.</source>
            <translation>按隨機種子建立這個網路，並重新開始訓練。</translation>
            <extra-zh_CN>按随机种子构建这个网络，并重新开始训练。</extra-zh_CN>
            <extra-converted>按隨機種子建立這個網路，並重新開始訓練。</extra-converted>
        </message>
    </context>
    <context>
        <name>LessonTextPanel</name>
        <message>
            <source>Lesson</source>
            <translation>課文</translation>
            <extra-zh_CN>课文</extra-zh_CN>
            <extra-converted>課文</extra-converted>
        </message>
        <message>
            <source>This lesson has no text yet.</source>
            <translation>這節課還沒有課文。</translation>
            <extra-zh_CN>这节课还没有课文。</extra-zh_CN>
            <extra-converted>這節課還沒有課文。</extra-converted>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>MSE (mean squared error)</source>
            <translation>MSE（均方誤差）</translation>
            <extra-zh_CN>MSE（均方误差）</extra-zh_CN>
            <extra-converted>MSE（均方誤差）</extra-converted>
        </message>
        <message>
            <source>MAE (mean absolute error)</source>
            <translation>MAE（平均絕對誤差）</translation>
            <extra-zh_CN>MAE（平均绝对误差）</extra-zh_CN>
            <extra-converted>MAE（平均絕對誤差）</extra-converted>
        </message>
        <message>
            <source>½·SSE (half the sum of squared errors)</source>
            <translation>½·SSE（誤差平方和的一半）</translation>
            <extra-zh_CN>½·SSE（误差平方和的一半）</extra-zh_CN>
            <extra-converted>½·SSE（誤差平方和的一半）</extra-converted>
        </message>
        <message>
            <source>Cross-entropy</source>
            <translation>交叉熵</translation>
            <extra-zh_CN>交叉熵</extra-zh_CN>
            <extra-converted>交叉熵</extra-converted>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>交叉熵</translation>
            <extra-zh_CN>交叉熵</extra-zh_CN>
            <extra-converted>交叉熵</extra-converted>
        </message>
        <message>
            <source>linear</source>
            <translation>線性</translation>
            <extra-zh_CN>线性</extra-zh_CN>
            <extra-converted>線性</extra-converted>
        </message>
        <message>
            <source>tanh</source>
            <translation>雙曲正切 tanh</translation>
            <extra-zh_CN>双曲正切 tanh</extra-zh_CN>
            <extra-converted>雙曲正切 tanh</extra-converted>
        </message>
        <message>
            <source>1. Predict tomorrow's views: y = b + w·x₁</source>
            <translation>1. 預測明天的觀看量：y = b + w·x₁</translation>
            <extra-zh_CN>1. 预测明天的观看量：y = b + w·x₁</extra-zh_CN>
            <extra-converted>1. 預測明天的觀看量：y = b + w·x₁</extra-converted>
        </message>
        <message>
            <source>Input x₁</source>
            <translation>輸入 x₁</translation>
            <extra-zh_CN>输入 x₁</extra-zh_CN>
            <extra-converted>輸入 x₁</extra-converted>
        </message>
        <message>
            <source>raw: yesterday's views</source>
            <translation>原始值：昨天的觀看量</translation>
            <extra-zh_CN>原始值：昨天的观看量</extra-zh_CN>
            <extra-converted>原始值：昨天的觀看量</extra-converted>
        </message>
        <message>
            <source>standardised: (x₁ − mean) / sd</source>
            <translation>標準化：(x₁ − 平均值) / 標準差</translation>
            <extra-zh_CN>标准化：(x₁ − 均值) / 标准差</extra-zh_CN>
            <extra-converted>標準化：(x₁ − 平均值) / 標準差</extra-converted>
        </message>
        <message>
            <source>2. More days of features: 7, 28, 56</source>
            <translation>2. 更多天的特徵：7、28、56 天</translation>
            <extra-zh_CN>2. 更多天的特征：7、28、56 天</extra-zh_CN>
            <extra-converted>2. 更多天的特徵：7、28、56 天</extra-converted>
        </message>
        <message>
            <source>Days of features</source>
            <translation>特徵天數</translation>
            <extra-zh_CN>特征天数</extra-zh_CN>
            <extra-converted>特徵天數</extra-converted>
        </message>
        <message>
            <source>3. Curves from neurons: y = b + Σ cᵢ·σ(bᵢ + wᵢ·x)</source>
            <translation>3. 用神經元拼曲線：y = b + Σ cᵢ·σ(bᵢ + wᵢ·x)</translation>
            <extra-zh_CN>3. 用神经元拼曲线：y = b + Σ cᵢ·σ(bᵢ + wᵢ·x)</extra-zh_CN>
            <extra-converted>3. 用神經元拼曲線：y = b + Σ cᵢ·σ(bᵢ + wᵢ·x)</extra-converted>
        </message>
        <message>
            <source>Target curve</source>
            <translation>目標曲線</translation>
            <extra-zh_CN>目标曲线</extra-zh_CN>
            <extra-converted>目標曲線</extra-converted>
        </message>
        <message>
            <source>the red piecewise-linear curve</source>
            <translation>紅色分段線性曲線</translation>
            <extra-zh_CN>红色分段线性曲线</extra-zh_CN>
            <extra-converted>紅色分段線性曲線</extra-converted>
        </message>
        <message>
            <source>a smooth wave</source>
            <translation>平滑的波</translation>
            <extra-zh_CN>平滑的波</extra-zh_CN>
            <extra-converted>平滑的波</extra-converted>
        </message>
        <message>
            <source>a noisy wave</source>
            <translation>帶雜訊的波</translation>
            <extra-zh_CN>带噪声的波</extra-zh_CN>
            <extra-converted>帶雜訊的波</extra-converted>
        </message>
        <message>
            <source>x: the target curve's input</source>
            <translation>x：目標曲線的輸入</translation>
            <extra-zh_CN>x：目标曲线的输入</extra-zh_CN>
            <extra-converted>x：目標曲線的輸入</extra-converted>
        </message>
        <message>
            <source>x₁, x₂: views 1 and 2 days before</source>
            <translation>x₁、x₂：1 天前和 2 天前的觀看量</translation>
            <extra-zh_CN>x₁、x₂：1 天前和 2 天前的观看量</extra-zh_CN>
            <extra-converted>x₁、x₂：1 天前和 2 天前的觀看量</extra-converted>
        </message>
        <message>
            <source>x₁, x₂, x₇: views 1, 2 and 7 days before</source>
            <translation>x₁、x₂、x₇：1、2、7 天前的觀看量</translation>
            <extra-zh_CN>x₁、x₂、x₇：1、2、7 天前的观看量</extra-zh_CN>
            <extra-converted>x₁、x₂、x₇：1、2、7 天前的觀看量</extra-converted>
        </message>
        <message>
            <source>Neurons</source>
            <translation>神經元個數</translation>
            <extra-zh_CN>神经元个数</extra-zh_CN>
            <extra-converted>神經元個數</extra-converted>
        </message>
        <message>
            <source>Neuron type</source>
            <translation>神經元類型</translation>
            <extra-zh_CN>神经元类型</extra-zh_CN>
            <extra-converted>神經元類型</extra-converted>
        </message>
        <message>
            <source>7. Free play: points in the plane, your model, loss and optimisation</source>
            <translation>7. 自由練習：平面上的點，你的模型、損失和最佳化</translation>
            <extra-zh_CN>7. 自由练习：平面上的点，你的模型、损失和优化</extra-zh_CN>
            <extra-converted>7. 自由練習：平面上的點，你的模型、損失和最佳化</extra-converted>
        </message>
        <message>
            <source>hard sigmoid</source>
            <translation>硬 sigmoid</translation>
            <extra-zh_CN>硬 sigmoid</extra-zh_CN>
            <extra-converted>硬 sigmoid</extra-converted>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>sigmoid</translation>
            <extra-zh_CN>sigmoid</extra-zh_CN>
            <extra-converted>sigmoid</extra-converted>
        </message>
        <message>
            <source>4. Deep networks and overfitting</source>
            <translation>4. 深度網路與過擬合</translation>
            <extra-zh_CN>4. 深度网络与过拟合</extra-zh_CN>
            <extra-converted>4. 深度網路與過擬合</extra-converted>
        </message>
        <message>
            <source>Hidden layers of 100 ReLU</source>
            <translation>隱藏層（每層 100 個 ReLU）</translation>
            <extra-zh_CN>隐藏层（每层 100 个 ReLU）</extra-zh_CN>
            <extra-converted>隱藏層（每層 100 個 ReLU）</extra-converted>
        </message>
        <message>
            <source>Training data</source>
            <translation>訓練資料</translation>
            <extra-zh_CN>训练数据</extra-zh_CN>
            <extra-converted>訓練資料</extra-converted>
        </message>
        <message>
            <source>the last year</source>
            <translation>最近一年</translation>
            <extra-zh_CN>最近一年</extra-zh_CN>
            <extra-converted>最近一年</extra-converted>
        </message>
        <message>
            <source>the last 2 years</source>
            <translation>最近 2 年</translation>
            <extra-zh_CN>最近 2 年</extra-zh_CN>
            <extra-converted>最近 2 年</extra-converted>
        </message>
        <message>
            <source>the last 3 years</source>
            <translation>最近 3 年</translation>
            <extra-zh_CN>最近 3 年</extra-zh_CN>
            <extra-converted>最近 3 年</extra-converted>
        </message>
        <message>
            <source>the last 4 years (all)</source>
            <translation>最近 4 年（全部）</translation>
            <extra-zh_CN>最近 4 年（全部）</extra-zh_CN>
            <extra-converted>最近 4 年（全部）</extra-converted>
        </message>
        <message>
            <source>Comparison table</source>
            <translation>比較表</translation>
            <extra-zh_CN>比较表</extra-zh_CN>
            <extra-converted>比較表</extra-converted>
        </message>
        <message>
            <source>deeper: 1–4 layers of 100 ReLU</source>
            <translation>更深：1–4 層，每層 100 個 ReLU</translation>
            <extra-zh_CN>更深：1–4 层，每层 100 个 ReLU</extra-zh_CN>
            <extra-converted>更深：1–4 層，每層 100 個 ReLU</extra-converted>
        </message>
        <message>
            <source>wider: linear, 10, 100, 1000 ReLU</source>
            <translation>更寬：線性、10、100、1000 個 ReLU</translation>
            <extra-zh_CN>更宽：线性、10、100、1000 个 ReLU</extra-zh_CN>
            <extra-converted>更寬：線性、10、100、1000 個 ReLU</extra-converted>
        </message>
        <message>
            <source>this depth on the last 1, 2, 3, 4 years</source>
            <translation>這個深度，用最近 1、2、3、4 年訓練</translation>
            <extra-zh_CN>这个深度，用最近 1、2、3、4 年训练</extra-zh_CN>
            <extra-converted>這個深度，用最近 1、2、3、4 年訓練</extra-converted>
        </message>
        <message>
            <source>this depth with weight decay λ = 0, 0.001, 0.01, 0.1</source>
            <translation>這個深度，權重衰減 λ = 0、0.001、0.01、0.1</translation>
            <extra-zh_CN>这个深度，权重衰减 λ = 0、0.001、0.01、0.1</extra-zh_CN>
            <extra-converted>這個深度，權重衰減 λ = 0、0.001、0.01、0.1</extra-converted>
        </message>
        <message>
            <source>this depth: last update vs lowest L′</source>
            <translation>這個深度：最後一次更新 vs L′ 最低時</translation>
            <extra-zh_CN>这个深度：最后一次更新 vs L′ 最低时</extra-zh_CN>
            <extra-converted>這個深度：最後一次更新 vs L′ 最低時</extra-converted>
        </message>
        <message>
            <source>5. Backpropagation, step by step</source>
            <translation>5. 一步一步看反向傳播</translation>
            <extra-zh_CN>5. 一步一步看反向传播</extra-zh_CN>
            <extra-converted>5. 一步一步看反向傳播</extra-converted>
        </message>
        <message>
            <source>6. Handwritten digits: softmax and cross-entropy</source>
            <translation>6. 手寫數字：softmax 與交叉熵</translation>
            <extra-zh_CN>6. 手写数字：softmax 与交叉熵</extra-zh_CN>
            <extra-converted>6. 手寫數字：softmax 與交叉熵</extra-converted>
        </message>
        <message>
            <source>Inputs</source>
            <translation>輸入</translation>
            <extra-zh_CN>输入</extra-zh_CN>
            <extra-converted>輸入</extra-converted>
        </message>
        <message>
            <source>grey levels 0–1</source>
            <translation>灰階 0–1</translation>
            <extra-zh_CN>灰度 0–1</extra-zh_CN>
            <extra-converted>灰階 0–1</extra-converted>
        </message>
        <message>
            <source>ink 1, paper 0 (binarised)</source>
            <translation>墨跡 1，紙面 0（二值化）</translation>
            <extra-zh_CN>墨迹 1，纸面 0（二值化）</extra-zh_CN>
            <extra-converted>墨跡 1，紙面 0（二值化）</extra-converted>
        </message>
    </context>
    <context>
        <name>LossPanel</name>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
            <extra-zh_CN>损失</extra-zh_CN>
            <extra-converted>損失</extra-converted>
        </message>
        <message>
            <source>L per update (one batch)</source>
            <translation>每次更新的 L（一個批次）</translation>
            <extra-zh_CN>每次更新的 L（一个批量）</extra-zh_CN>
            <extra-converted>每次更新的 L（一個批次）</extra-converted>
        </message>
        <message>
            <source>L, training data (per epoch)</source>
            <translation>L，訓練資料（每個 epoch）</translation>
            <extra-zh_CN>L，训练数据（每回合）</extra-zh_CN>
            <extra-converted>L，訓練資料（每個 epoch）</extra-converted>
        </message>
        <message>
            <source>L′, unseen data</source>
            <translation>L′，測試資料</translation>
            <extra-zh_CN>L′，测试数据</extra-zh_CN>
            <extra-converted>L′，測試資料</extra-converted>
        </message>
        <message>
            <source>lowest L′ so far</source>
            <translation>目前最低的 L′</translation>
            <extra-zh_CN>目前最低的 L′</extra-zh_CN>
            <extra-converted>目前最低的 L′</extra-converted>
        </message>
        <message>
            <source>Restore the best</source>
            <translation>恢復最佳參數</translation>
            <extra-zh_CN>恢复最佳参数</extra-zh_CN>
            <extra-converted>恢復最佳參數</extra-converted>
        </message>
        <message>
            <source>Early stopping: put back the parameters the network had at the lowest L′ (the star). Training goes on from there.</source>
            <translation>提前停止：把參數恢復成 L′ 最低時（星號處）的值。訓練從那裡繼續。</translation>
            <extra-zh_CN>提前停止：把参数恢复成 L′ 最低时（星号处）的值。训练从那里继续。</extra-zh_CN>
            <extra-converted>提前停止：把參數恢復成 L′ 最低時（星號處）的值。訓練從那裡繼續。</extra-converted>
        </message>
        <message>
            <source>log scale</source>
            <translation>對數刻度</translation>
            <extra-zh_CN>对数刻度</extra-zh_CN>
            <extra-converted>對數刻度</extra-converted>
        </message>
        <message>
            <source>Show the loss on a logarithmic axis: slow late progress becomes visible.</source>
            <translation>用對數座標顯示損失：後期緩慢的進展也能看清。</translation>
            <extra-zh_CN>用对数坐标显示损失：后期缓慢的进展也能看清。</extra-zh_CN>
            <extra-converted>用對數座標顯示損失：後期緩慢的進展也能看清。</extra-converted>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
            <extra-zh_CN>更新</extra-zh_CN>
            <extra-converted>更新</extra-converted>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
            <extra-zh_CN>损失</extra-zh_CN>
            <extra-converted>損失</extra-converted>
        </message>
        <message>
            <source>training data (during each epoch)</source>
            <translation>訓練資料（每個 epoch 中）</translation>
            <extra-zh_CN>训练数据（每回合中）</extra-zh_CN>
            <extra-converted>訓練資料（每個 epoch 中）</extra-converted>
        </message>
        <message>
            <source>unseen data</source>
            <translation>測試資料</translation>
            <extra-zh_CN>测试数据</extra-zh_CN>
            <extra-converted>測試資料</extra-converted>
        </message>
        <message>
            <source>accuracy %</source>
            <translation>準確率 %</translation>
            <extra-zh_CN>准确率 %</extra-zh_CN>
            <extra-converted>準確率 %</extra-converted>
        </message>
        <message>
            <source>best this model can reach</source>
            <translation>這個模型能達到的最好結果</translation>
            <extra-zh_CN>这个模型能达到的最好结果</extra-zh_CN>
            <extra-converted>這個模型能達到的最好結果</extra-converted>
        </message>
        <message>
            <source>%1 on training data: L = %2   on unseen data: L′ = %3</source>
            <translation>%1 訓練資料上：L = %2   測試資料上：L′ = %3</translation>
            <extra-zh_CN>%1 训练数据上：L = %2   测试数据上：L′ = %3</extra-zh_CN>
            <extra-converted>%1 訓練資料上：L = %2   測試資料上：L′ = %3</extra-converted>
        </message>
        <message>
            <source>lowest L′ = %1 after update %2</source>
            <translation>最低 L′ = %1，在第 %2 次更新之後</translation>
            <extra-zh_CN>最低 L′ = %1，在第 %2 次更新之后</extra-zh_CN>
            <extra-converted>最低 L′ = %1，在第 %2 次更新之後</extra-converted>
        </message>
        <message>
            <source>accuracy after epoch %1: training %2 %, unseen %3 %</source>
            <translation>第 %1 個 epoch 後的準確率：訓練 %2 %，測試 %3 %</translation>
            <extra-zh_CN>第 %1 回合后的准确率：训练 %2 %，测试 %3 %</extra-zh_CN>
            <extra-converted>第 %1 個 epoch 後的準確率：訓練 %2 %，測試 %3 %</extra-converted>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Deep Learning Applet</source>
            <translation>深度學習小程式</translation>
            <extra-zh_CN>深度学习小程序</extra-zh_CN>
            <extra-converted>深度學習小程式</extra-converted>
        </message>
        <message>
            <source>Lessons</source>
            <translation>課程</translation>
            <extra-zh_CN>课程</extra-zh_CN>
            <extra-converted>課程</extra-converted>
        </message>
        <message>
            <source>Three steps</source>
            <translation>三個步驟</translation>
            <extra-zh_CN>三个步骤</extra-zh_CN>
            <extra-converted>三個步驟</extra-converted>
        </message>
        <message>
            <source>Training</source>
            <translation>訓練</translation>
            <extra-zh_CN>训练</extra-zh_CN>
            <extra-converted>訓練</extra-converted>
        </message>
        <message>
            <source>Run / pause</source>
            <translation>執行 / 暫停</translation>
            <extra-zh_CN>运行 / 暂停</extra-zh_CN>
            <extra-converted>執行 / 暫停</extra-converted>
        </message>
        <message>
            <source>Step one update</source>
            <translation>單步：更新一次</translation>
            <extra-zh_CN>单步：更新一次</extra-zh_CN>
            <extra-converted>單步：更新一次</extra-converted>
        </message>
        <message>
            <source>Step back one update</source>
            <translation>後退一次更新</translation>
            <extra-zh_CN>后退一次更新</extra-zh_CN>
            <extra-converted>後退一次更新</extra-converted>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
            <extra-zh_CN>重置</extra-zh_CN>
            <extra-converted>重置</extra-converted>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
            <extra-zh_CN>退出</extra-zh_CN>
            <extra-converted>結束</extra-converted>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
            <extra-zh_CN>文件(&amp;F)</extra-zh_CN>
            <extra-converted>檔案(&amp;F)</extra-converted>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>訓練(&amp;T)</translation>
            <extra-zh_CN>训练(&amp;T)</extra-zh_CN>
            <extra-converted>訓練(&amp;T)</extra-converted>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
            <extra-zh_CN>视图(&amp;V)</extra-zh_CN>
            <extra-converted>檢視(&amp;V)</extra-converted>
        </message>
        <message>
            <source>New network built from seed %1; training starts again.</source>
            <translation>已按隨機種子 %1 新建網路，訓練重新開始。</translation>
            <extra-zh_CN>已按随机种子 %1 新建网络，训练重新开始。</extra-zh_CN>
            <extra-converted>已按隨機種子 %1 新建網路，訓練重新開始。</extra-converted>
        </message>
        <message>
            <source>Nothing changed: the network trains as before.</source>
            <translation>沒有改變：網路照舊訓練。</translation>
            <extra-zh_CN>没有改变：网络照旧训练。</extra-zh_CN>
            <extra-converted>沒有改變：網路照舊訓練。</extra-converted>
        </message>
        <message>
            <source>Pause training to trace one example: the network is too large to follow live.</source>
            <translation>請先暫停訓練再追蹤單個樣本：網路太大，無法實時跟隨。</translation>
            <extra-zh_CN>请先暂停训练再追踪单个样本：网络太大，无法实时跟随。</extra-zh_CN>
            <extra-converted>請先暫停訓練再追蹤單個樣本：網路太大，無法實時跟隨。</extra-converted>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>訓練已停止</translation>
            <extra-zh_CN>训练已停止</extra-zh_CN>
            <extra-converted>訓練已停止</extra-converted>
        </message>
        <message>
            <source>Training stopped because of an error:
%1</source>
            <translation>訓練因出錯而停止：
%1</translation>
            <extra-zh_CN>训练因出错而停止：
%1</extra-zh_CN>
            <extra-converted>訓練因出錯而停止：
%1</extra-converted>
        </message>
    </context>
    <context>
        <name>MatrixPanel</name>
        <message>
            <source>Matrix form</source>
            <translation>矩陣形式</translation>
            <extra-zh_CN>矩阵形式</extra-zh_CN>
            <extra-converted>矩陣形式</extra-converted>
        </message>
        <message>
            <source>Example (training data):</source>
            <translation>樣本（訓練資料）：</translation>
            <extra-zh_CN>样本（训练数据）：</extra-zh_CN>
            <extra-converted>樣本（訓練資料）：</extra-converted>
        </message>
        <message>
            <source>The matrix form is shown for one hidden layer and one linear output.</source>
            <translation>矩陣形式只對一個隱藏層加一個線性輸出的網路顯示。</translation>
            <extra-zh_CN>矩阵形式只对一个隐藏层加一个线性输出的网络显示。</extra-zh_CN>
            <extra-converted>矩陣形式只對一個隱藏層加一個線性輸出的網路顯示。</extra-converted>
        </message>
        <message>
            <source>Choose at most %1 neurons to see every number of W.</source>
            <translation>最多選 %1 個神經元，才能看到 W 的每一個數。</translation>
            <extra-zh_CN>最多选 %1 个神经元，才能看到 W 的每一个数。</extra-zh_CN>
            <extra-converted>最多選 %1 個神經元，才能看到 W 的每一個數。</extra-converted>
        </message>
        <message>
            <source>W has one row per neuron (%1) and one column per input (%2).</source>
            <translation>W 每個神經元一行（%1 行），每個輸入一欄（%2 列）。</translation>
            <extra-zh_CN>W 每个神经元一行（%1 行），每个输入一列（%2 列）。</extra-zh_CN>
            <extra-converted>W 每個神經元一行（%1 行），每個輸入一欄（%2 列）。</extra-converted>
        </message>
        <message>
            <source>The network's output for this example: %1; its label ŷ = %2.</source>
            <translation>網路對這個樣本的輸出：%1；它的標籤 ŷ = %2。</translation>
            <extra-zh_CN>网络对这个样本的输出：%1；它的标签 ŷ = %2。</extra-zh_CN>
            <extra-converted>網路對這個樣本的輸出：%1；它的標籤 ŷ = %2。</extra-converted>
        </message>
    </context>
    <context>
        <name>ModelLimit</name>
        <message>
            <source>Build the exact solution</source>
            <translation>建立精確解</translation>
            <extra-zh_CN>构建精确解</extra-zh_CN>
            <extra-converted>建立精確解</extra-converted>
        </message>
        <message>
            <source>Start a new run from parameters that reach the best loss: the best line, or the exact construction.</source>
            <translation>從能達到最小損失的參數開始新的一次訓練：最佳直線，或精確構造。</translation>
            <extra-zh_CN>从能达到最小损失的参数开始新的一次训练：最佳直线，或精确构造。</extra-zh_CN>
            <extra-converted>從能達到最小損失的參數開始新的一次訓練：最佳直線，或精確構造。</extra-converted>
        </message>
        <message>
            <source>The best line (the exact optimum) reaches %1</source>
            <translation>最佳直線（精確的最優解）能達到 %1</translation>
            <extra-zh_CN>最佳直线（精确的最优解）能达到 %1</extra-zh_CN>
            <extra-converted>最佳直線（精確的最優解）能達到 %1</extra-converted>
        </message>
        <message>
            <source>Built exactly from the curve's corners, this network reaches %1</source>
            <translation>按曲線的拐角精確構造，這個網路能達到 %1</translation>
            <extra-zh_CN>按曲线的拐角精确构造，这个网络能达到 %1</extra-zh_CN>
            <extra-converted>按曲線的拐角精確構造，這個網路能達到 %1</extra-converted>
        </message>
        <message>
            <source>; training is there (%1): a perfect fit.</source>
            <translation>；訓練已經到了（%1）：完美擬合。</translation>
            <extra-zh_CN>；训练已经到了（%1）：完美拟合。</extra-zh_CN>
            <extra-converted>；訓練已經到了（%1）：完美擬合。</extra-converted>
        </message>
        <message>
            <source>; training is there (%1). A better optimiser will not help: model bias — change the model.</source>
            <translation>；訓練已經到了（%1）。換更好的最佳化器也沒用：這是模型偏差 —— 請換一個模型。</translation>
            <extra-zh_CN>；训练已经到了（%1）。换更好的优化器也没用：这是模型偏差 —— 请换一个模型。</extra-zh_CN>
            <extra-converted>；訓練已經到了（%1）。換更好的最佳化器也沒用：這是模型偏差 —— 請換一個模型。</extra-converted>
        </message>
        <message>
            <source> — gradient descent stopped at %1: an optimisation problem. Try another start (seed) or η.</source>
            <translation> —— 梯度下降卻停在 %1：這是最佳化問題。換一個起點（隨機種子）或 η 試試。</translation>
            <extra-zh_CN> —— 梯度下降却停在 %1：这是优化问题。换一个起点（随机种子）或 η 试试。</extra-zh_CN>
            <extra-converted> —— 梯度下降卻停在 %1：這是最佳化問題。換一個起點（隨機種子）或 η 試試。</extra-converted>
        </message>
        <message>
            <source>; training is at %1 so far.</source>
            <translation>；訓練目前在 %1。</translation>
            <extra-zh_CN>；训练目前在 %1。</extra-zh_CN>
            <extra-converted>；訓練目前在 %1。</extra-converted>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <source>layer %1: neuron %2 → neuron %3, w = %4</source>
            <translation>第 %1 層：神經元 %2 → 神經元 %3，w = %4</translation>
            <extra-zh_CN>第 %1 层：神经元 %2 → 神经元 %3，w = %4</extra-zh_CN>
            <extra-converted>第 %1 層：神經元 %2 → 神經元 %3，w = %4</extra-converted>
        </message>
        <message>
            <source>%1 more</source>
            <translation>另有 %1 個</translation>
            <extra-zh_CN>另有 %1 个</extra-zh_CN>
            <extra-converted>另有 %1 個</extra-converted>
        </message>
    </context>
    <context>
        <name>NeuronsPanel</name>
        <message>
            <source>Neurons</source>
            <translation>神經元</translation>
            <extra-zh_CN>神经元</extra-zh_CN>
            <extra-converted>神經元</extra-converted>
        </message>
        <message>
            <source>target</source>
            <translation>目標</translation>
            <extra-zh_CN>目标</extra-zh_CN>
            <extra-converted>目標</extra-converted>
        </message>
        <message>
            <source>neuron i: cᵢ·aᵢ(x)</source>
            <translation>神經元 i：cᵢ·aᵢ(x)</translation>
            <extra-zh_CN>神经元 i：cᵢ·aᵢ(x)</extra-zh_CN>
            <extra-converted>神經元 i：cᵢ·aᵢ(x)</extra-converted>
        </message>
        <message>
            <source>output bias b</source>
            <translation>輸出偏置 b</translation>
            <extra-zh_CN>输出偏置 b</extra-zh_CN>
            <extra-converted>輸出偏置 b</extra-converted>
        </message>
        <message>
            <source>chosen neuron</source>
            <translation>選中的神經元</translation>
            <extra-zh_CN>选中的神经元</extra-zh_CN>
            <extra-converted>選中的神經元</extra-converted>
        </message>
        <message>
            <source>Neuron:</source>
            <translation>神經元：</translation>
            <extra-zh_CN>神经元：</extra-zh_CN>
            <extra-converted>神經元：</extra-converted>
        </message>
        <message>
            <source>The neuron whose w, b and c the sliders change.</source>
            <translation>滑桿所修改的 w、b、c 屬於哪個神經元。</translation>
            <extra-zh_CN>滑块所修改的 w、b、c 属于哪个神经元。</extra-zh_CN>
            <extra-converted>滑桿所修改的 w、b、c 屬於哪個神經元。</extra-converted>
        </message>
        <message>
            <source>Two ReLUs make one hard sigmoid</source>
            <translation>兩個 ReLU 拼成一個硬 sigmoid</translation>
            <extra-zh_CN>两个 ReLU 拼成一个硬 sigmoid</extra-zh_CN>
            <extra-converted>兩個 ReLU 拼成一個硬 sigmoid</extra-converted>
        </message>
        <message>
            <source>hard_sigmoid(z) = clip(z, 0, 1) = max(0, z) − max(0, z − 1)</source>
            <translation>hard_sigmoid(z) = clip(z, 0, 1) = max(0, z) − max(0, z − 1)</translation>
            <extra-zh_CN>hard_sigmoid(z) = clip(z, 0, 1) = max(0, z) − max(0, z − 1)</extra-zh_CN>
            <extra-converted>hard_sigmoid(z) = clip(z, 0, 1) = max(0, z) − max(0, z − 1)</extra-converted>
        </message>
        <message>
            <source>w (slope)</source>
            <translation>w（斜率）</translation>
            <extra-zh_CN>w（斜率）</extra-zh_CN>
            <extra-converted>w（斜率）</extra-converted>
        </message>
        <message>
            <source>The weight from x into the neuron: how steep its piece is.</source>
            <translation>從 x 進入這個神經元的權重：決定它那一段有多陡。</translation>
            <extra-zh_CN>从 x 进入这个神经元的权重：决定它那一段有多陡。</extra-zh_CN>
            <extra-converted>從 x 進入這個神經元的權重：決定它那一段有多陡。</extra-converted>
        </message>
        <message>
            <source>b (shift)</source>
            <translation>b（平移）</translation>
            <extra-zh_CN>b（平移）</extra-zh_CN>
            <extra-converted>b（平移）</extra-converted>
        </message>
        <message>
            <source>c (height)</source>
            <translation>c（高度）</translation>
            <extra-zh_CN>c（高度）</extra-zh_CN>
            <extra-converted>c（高度）</extra-converted>
        </message>
        <message>
            <source>The weight from the neuron to the output: how tall its piece is.</source>
            <translation>從這個神經元到輸出的權重：決定它那一段有多高。</translation>
            <extra-zh_CN>从这个神经元到输出的权重：决定它那一段有多高。</extra-zh_CN>
            <extra-converted>從這個神經元到輸出的權重：決定它那一段有多高。</extra-converted>
        </message>
        <message>
            <source>Green: c·max(0, b + w·x). Pink: −c·max(0, b − 1 + w·x). Their sum (dotted) lies exactly on c·hard_sigmoid(b + w·x) (orange): two ReLUs make one hard sigmoid.</source>
            <translation>綠色：c·max(0, b + w·x)。粉色：−c·max(0, b − 1 + w·x)。它們的和（點線）恰好與 c·hard_sigmoid(b + w·x)（橘色）重合：兩個 ReLU 拼成一個硬 sigmoid。</translation>
            <extra-zh_CN>绿色：c·max(0, b + w·x)。粉色：−c·max(0, b − 1 + w·x)。它们的和（点线）恰好与 c·hard_sigmoid(b + w·x)（橙色）重合：两个 ReLU 拼成一个硬 sigmoid。</extra-zh_CN>
            <extra-converted>綠色：c·max(0, b + w·x)。粉色：−c·max(0, b − 1 + w·x)。它們的和（點線）恰好與 c·hard_sigmoid(b + w·x)（橘色）重合：兩個 ReLU 拼成一個硬 sigmoid。</extra-converted>
        </message>
        <message>
            <source>neuron %1</source>
            <translation>神經元 %1</translation>
            <extra-zh_CN>神经元 %1</extra-zh_CN>
            <extra-converted>神經元 %1</extra-converted>
        </message>
        <message>
            <source>This view needs a network with one input (x) and one output.</source>
            <translation>這個檢視需要一個只有一個輸入 (x) 和一個輸出的網路。</translation>
            <extra-zh_CN>这个视图需要一个只有一个输入 (x) 和一个输出的网络。</extra-zh_CN>
            <extra-converted>這個檢視需要一個只有一個輸入 (x) 和一個輸出的網路。</extra-converted>
        </message>
        <message>
            <source>Contributions need one linear output neuron.</source>
            <translation>要顯示各神經元的貢獻，輸出層必須是一個線性神經元。</translation>
            <extra-zh_CN>要显示各神经元的贡献，输出层必须是一个线性神经元。</extra-zh_CN>
            <extra-converted>要顯示各神經元的貢獻，輸出層必須是一個線性神經元。</extra-converted>
        </message>
        <message>
            <source>No hidden layer: the model is the straight line b + w·x. Add a layer to get pieces.</source>
            <translation>沒有隱藏層：模型就是直線 b + w·x。新增一層才能得到分段。</translation>
            <extra-zh_CN>没有隐藏层：模型就是直线 b + w·x。添加一层才能得到分段。</extra-zh_CN>
            <extra-converted>沒有隱藏層：模型就是直線 b + w·x。新增一層才能得到分段。</extra-converted>
        </message>
        <message>
            <source>Pause training to change a neuron by hand.</source>
            <translation>暫停訓練後才能手動修改神經元。</translation>
            <extra-zh_CN>暂停训练后才能手动修改神经元。</extra-zh_CN>
            <extra-converted>暫停訓練後才能手動修改神經元。</extra-converted>
        </message>
        <message>
            <source>In a deeper network a neuron gets a weight from every neuron before it: here you can change its b and c.</source>
            <translation>在更深的網路中，一個神經元從前一層的每個神經元都得到一個權重：這裡可以修改它的 b 和 c。</translation>
            <extra-zh_CN>在更深的网络中，一个神经元从前一层的每个神经元都得到一个权重：这里可以修改它的 b 和 c。</extra-zh_CN>
            <extra-converted>在更深的網路中，一個神經元從前一層的每個神經元都得到一個權重：這裡可以修改它的 b 和 c。</extra-converted>
        </message>
        <message>
            <source>sum = network output y</source>
            <translation>和 = 網路輸出 y</translation>
            <extra-zh_CN>和 = 网络输出 y</extra-zh_CN>
            <extra-converted>和 = 網路輸出 y</extra-converted>
        </message>
        <message>
            <source>The neuron's bias: moves its piece along x. A ReLU's kink is at x = −b/w; a hard sigmoid has two, at −b/w and (1 − b)/w; a sigmoid has none (−b/w is its midpoint).</source>
            <translation>神經元的偏置：讓它的這一段沿 x 移動。ReLU 的拐點在 x = −b/w；硬 sigmoid 有兩個拐點，在 −b/w 和 (1 − b)/w；sigmoid 沒有拐點（−b/w 是它的中點）。</translation>
            <extra-zh_CN>神经元的偏置：让它的这一段沿 x 移动。ReLU 的拐点在 x = −b/w；硬 sigmoid 有两个拐点，在 −b/w 和 (1 − b)/w；sigmoid 没有拐点（−b/w 是它的中点）。</extra-zh_CN>
            <extra-converted>神經元的偏置：讓它的這一段沿 x 移動。ReLU 的拐點在 x = −b/w；硬 sigmoid 有兩個拐點，在 −b/w 和 (1 − b)/w；sigmoid 沒有拐點（−b/w 是它的中點）。</extra-converted>
        </message>
        <message>
            <source>Drag w, b and c, or click a blue curve to choose its neuron.</source>
            <translation>拖曳 w、b 和 c，或點選一條藍色曲線來選中它的神經元。</translation>
            <extra-zh_CN>拖动 w、b 和 c，或点击一条蓝色曲线来选中它的神经元。</extra-zh_CN>
            <extra-converted>拖曳 w、b 和 c，或點選一條藍色曲線來選中它的神經元。</extra-converted>
        </message>
    </context>
    <context>
        <name>NumberInput</name>
        <message>
            <source>“%1” is not a number.</source>
            <translation>「%1」不是數字。</translation>
            <extra-zh_CN>“%1”不是数字。</extra-zh_CN>
            <extra-converted>「%1」不是數字。</extra-converted>
        </message>
        <message>
            <source>Enter a finite number of at least %1.</source>
            <translation>請輸入不小於 %1 的有限數。</translation>
            <extra-zh_CN>请输入不小于 %1 的有限数。</extra-zh_CN>
            <extra-converted>請輸入不小於 %1 的有限數。</extra-converted>
        </message>
        <message>
            <source>Enter a finite number greater than %1.</source>
            <translation>請輸入大於 %1 的有限數。</translation>
            <extra-zh_CN>请输入大于 %1 的有限数。</extra-zh_CN>
            <extra-converted>請輸入大於 %1 的有限數。</extra-converted>
        </message>
    </context>
    <context>
        <name>ParameterEditor</name>
        <message>
            <source>%1 = (type a number, then Enter)</source>
            <translation>%1 =（輸入一個數，然後按 Enter）</translation>
            <extra-zh_CN>%1 =（输入一个数，然后按回车）</extra-zh_CN>
            <extra-converted>%1 =（輸入一個數，然後按 Enter）</extra-converted>
        </message>
    </context>
    <context>
        <name>PlaneDataPanel</name>
        <message>
            <source>circle</source>
            <translation>圓形</translation>
            <extra-zh_CN>圆形</extra-zh_CN>
            <extra-converted>圓形</extra-converted>
        </message>
        <message>
            <source>exclusive or (XOR)</source>
            <translation>異或（XOR）</translation>
            <extra-zh_CN>异或（XOR）</extra-zh_CN>
            <extra-converted>異或（XOR）</extra-converted>
        </message>
        <message>
            <source>two Gaussian blobs</source>
            <translation>兩團高斯分佈</translation>
            <extra-zh_CN>两团高斯分布</extra-zh_CN>
            <extra-converted>兩團高斯分佈</extra-converted>
        </message>
        <message>
            <source>spiral</source>
            <translation>螺旋</translation>
            <extra-zh_CN>螺旋</extra-zh_CN>
            <extra-converted>螺旋</extra-converted>
        </message>
        <message>
            <source>above/below the red piecewise-linear curve</source>
            <translation>紅色分段線性曲線的上方/下方</translation>
            <extra-zh_CN>红色分段线性曲线的上方/下方</extra-zh_CN>
            <extra-converted>紅色分段線性曲線的上方/下方</extra-converted>
        </message>
        <message>
            <source>above/below the smooth wave</source>
            <translation>平滑波形的上方/下方</translation>
            <extra-zh_CN>平滑波形的上方/下方</extra-zh_CN>
            <extra-converted>平滑波形的上方/下方</extra-converted>
        </message>
        <message>
            <source>regression: a tilted plane</source>
            <translation>迴歸：傾斜的平面</translation>
            <extra-zh_CN>回归：倾斜的平面</extra-zh_CN>
            <extra-converted>迴歸：傾斜的平面</extra-converted>
        </message>
        <message>
            <source>regression: six Gaussian bumps</source>
            <translation>迴歸：六個高斯鼓包</translation>
            <extra-zh_CN>回归：六个高斯鼓包</extra-zh_CN>
            <extra-converted>迴歸：六個高斯鼓包</extra-converted>
        </message>
        <message>
            <source>Data and features</source>
            <translation>資料和特徵</translation>
            <extra-zh_CN>数据和特征</extra-zh_CN>
            <extra-converted>資料和特徵</extra-converted>
        </message>
        <message>
            <source>Points</source>
            <translation>點</translation>
            <extra-zh_CN>点</extra-zh_CN>
            <extra-converted>點</extra-converted>
        </message>
        <message>
            <source>Data seed</source>
            <translation>資料種子</translation>
            <extra-zh_CN>数据种子</extra-zh_CN>
            <extra-converted>資料種子</extra-converted>
        </message>
        <message>
            <source>Inputs</source>
            <translation>輸入</translation>
            <extra-zh_CN>输入</extra-zh_CN>
            <extra-converted>輸入</extra-converted>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>匯入 CSV…</translation>
            <extra-zh_CN>导入 CSV…</extra-zh_CN>
            <extra-converted>匯入 CSV…</extra-converted>
        </message>
        <message>
            <source>Your own points: a CSV file of x1,x2,label rows (header optional, 2–10 classes).</source>
            <translation>你自己的點：每行 x1,x2,標籤 的 CSV 檔案（表頭可有可無，2–10 個類別）。</translation>
            <extra-zh_CN>你自己的点：每行 x1,x2,标签 的 CSV 文件（表头可有可无，2–10 个类别）。</extra-zh_CN>
            <extra-converted>你自己的點：每行 x1,x2,標籤 的 CSV 檔案（表頭可有可無，2–10 個類別）。</extra-converted>
        </message>
        <message>
            <source>Gaussian noise added to each coordinate (its standard deviation).</source>
            <translation>加到每個座標上的高斯雜訊（其標準差）。</translation>
            <extra-zh_CN>加到每个坐标上的高斯噪声（其标准差）。</extra-zh_CN>
            <extra-converted>加到每個座標上的高斯雜訊（其標準差）。</extra-converted>
        </message>
        <message>
            <source>The share of each class's points kept unseen: L′ is their loss.</source>
            <translation>每個類別中留作測試資料的點所佔比例：L′ 是它們上的損失。</translation>
            <extra-zh_CN>每个类别中留作测试数据的点所占比例：L′ 是它们上的损失。</extra-zh_CN>
            <extra-converted>每個類別中留作測試資料的點所佔比例：L′ 是它們上的損失。</extra-converted>
        </message>
        <message>
            <source>The seed the points and their split are drawn with.</source>
            <translation>生成這些點及其劃分所用的隨機種子。</translation>
            <extra-zh_CN>生成这些点及其划分所用的随机种子。</extra-zh_CN>
            <extra-converted>生成這些點及其劃分所用的隨機種子。</extra-converted>
        </message>
        <message>
            <source>Give the first layer %1 as an input.</source>
            <translation>把 %1 作為第一層的輸入。</translation>
            <extra-zh_CN>把 %1 作为第一层的输入。</extra-zh_CN>
            <extra-converted>把 %1 作為第一層的輸入。</extra-converted>
        </message>
        <message>
            <source>imported: %1</source>
            <translation>匯入的：%1</translation>
            <extra-zh_CN>导入的：%1</extra-zh_CN>
            <extra-converted>匯入的：%1</extra-converted>
        </message>
        <message>
            <source>Noise %1</source>
            <translation>雜訊 %1</translation>
            <extra-zh_CN>噪声 %1</extra-zh_CN>
            <extra-converted>雜訊 %1</extra-converted>
        </message>
        <message>
            <source>Unseen %1 %</source>
            <translation>測試資料 %1%</translation>
            <extra-zh_CN>测试数据 %1%</extra-zh_CN>
            <extra-converted>測試資料 %1%</extra-converted>
        </message>
        <message>
            <source>%1 training points, %2 unseen, each with a number to predict (from %3 to %4); the network sees %5 input(s) and has one linear output.</source>
            <translation>%1 個訓練點，%2 個測試點，每個點有一個待預測的數值（從 %3 到 %4）；網路看到 %5 個輸入，有一個線性輸出。</translation>
            <extra-zh_CN>%1 个训练点，%2 个测试点，每个点有一个待预测的数值（从 %3 到 %4）；网络看到 %5 个输入，有一个线性输出。</extra-zh_CN>
            <extra-converted>%1 個訓練點，%2 個測試點，每個點有一個待預測的數值（從 %3 到 %4）；網路看到 %5 個輸入，有一個線性輸出。</extra-converted>
        </message>
        <message>
            <source>%1 training points, %2 unseen, %3 classes; the network sees %4 input(s).</source>
            <translation>%1 個訓練點，%2 個測試點，%3 個類別；網路有 %4 個輸入。</translation>
            <extra-zh_CN>%1 个训练点，%2 个测试点，%3 个类别；网络有 %4 个输入。</extra-zh_CN>
            <extra-converted>%1 個訓練點，%2 個測試點，%3 個類別；網路有 %4 個輸入。</extra-converted>
        </message>
        <message>
            <source>Import points</source>
            <translation>匯入點</translation>
            <extra-zh_CN>导入点</extra-zh_CN>
            <extra-converted>匯入點</extra-converted>
        </message>
        <message>
            <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV 表格 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
            <extra-zh_CN>CSV 表格 (*.csv *.tsv *.txt);;所有文件 (*)</extra-zh_CN>
            <extra-converted>CSV 表格 (*.csv *.tsv *.txt);;所有檔案 (*)</extra-converted>
        </message>
        <message>
            <source>Could not import %1</source>
            <translation>無法匯入 %1</translation>
            <extra-zh_CN>无法导入 %1</extra-zh_CN>
            <extra-converted>無法匯入 %1</extra-converted>
        </message>
    </context>
    <context>
        <name>PointTraceDialog</name>
        <message>
            <source>Backpropagation of the point %1</source>
            <translation>點 %1 的反向傳播</translation>
            <extra-zh_CN>点 %1 的反向传播</extra-zh_CN>
            <extra-converted>點 %1 的反向傳播</extra-converted>
        </message>
        <message>
            <source>class %1</source>
            <translation>類別 %1</translation>
            <extra-zh_CN>类别 %1</extra-zh_CN>
            <extra-converted>類別 %1</extra-converted>
        </message>
        <message>
            <source>target %1</source>
            <translation>目標 %1</translation>
            <extra-zh_CN>目标 %1</extra-zh_CN>
            <extra-converted>目標 %1</extra-converted>
        </message>
        <message>
            <source>The point %1, %2, through the network with the weights of update %3: the forward pass, the loss L = %4, the backward pass and every gradient (training is not changed).</source>
            <translation>點 %1（%2）經過第 %3 次更新後的權重所組成的網路：前向傳遞、損失 L = %4、反向傳遞和每一個梯度（訓練不受影響）。</translation>
            <extra-zh_CN>点 %1（%2）经过第 %3 次更新后的权重所组成的网络：前向传递、损失 L = %4、反向传递和每一个梯度（训练不受影响）。</extra-zh_CN>
            <extra-converted>點 %1（%2）經過第 %3 次更新後的權重所組成的網路：前向傳遞、損失 L = %4、反向傳遞和每一個梯度（訓練不受影響）。</extra-converted>
        </message>
        <message>
            <source>inputs</source>
            <translation>輸入</translation>
            <extra-zh_CN>输入</extra-zh_CN>
            <extra-converted>輸入</extra-converted>
        </message>
    </context>
    <context>
        <name>ScriptExport</name>
        <message>
            <source>Export as Python &amp;script</source>
            <translation>匯出為 Python 指令碼(&amp;S)</translation>
            <extra-zh_CN>导出为 Python 脚本(&amp;S)</extra-zh_CN>
            <extra-converted>匯出為 Python 指令碼(&amp;S)</extra-converted>
        </message>
        <message>
            <source>&amp;NumPy (the app's maths, written out)…</source>
            <translation>&amp;NumPy（把小程式的數學逐行寫出）…</translation>
            <extra-zh_CN>&amp;NumPy（把小程序的数学逐行写出）…</extra-zh_CN>
            <extra-converted>&amp;NumPy（把小程式的數學逐行寫出）…</extra-converted>
        </message>
        <message>
            <source>&amp;PyTorch (torch.nn and torch.optim)…</source>
            <translation>&amp;PyTorch（torch.nn 和 torch.optim）…</translation>
            <extra-zh_CN>&amp;PyTorch（torch.nn 和 torch.optim）…</extra-zh_CN>
            <extra-converted>&amp;PyTorch（torch.nn 和 torch.optim）…</extra-converted>
        </message>
        <message>
            <source>Export as Python script</source>
            <translation>匯出為 Python 指令碼</translation>
            <extra-zh_CN>导出为 Python 脚本</extra-zh_CN>
            <extra-converted>匯出為 Python 指令碼</extra-converted>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Python 指令碼 (*.py)</translation>
            <extra-zh_CN>Python 脚本 (*.py)</extra-zh_CN>
            <extra-converted>Python 指令碼 (*.py)</extra-converted>
        </message>
        <message>
            <source>Training has not started yet; try again in a moment.</source>
            <translation>訓練還沒有開始，請稍後再試。</translation>
            <extra-zh_CN>训练还没有开始，请稍后再试。</extra-zh_CN>
            <extra-converted>訓練還沒有開始，請稍後再試。</extra-converted>
        </message>
        <message>
            <source>Replaying the run to check every update…</source>
            <translation>正在重放這次訓練，逐次檢查每一次更新…</translation>
            <extra-zh_CN>正在重放这次训练，逐次检查每一次更新…</extra-zh_CN>
            <extra-converted>正在重放這次訓練，逐次檢查每一次更新…</extra-converted>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
            <extra-zh_CN>取消</extra-zh_CN>
            <extra-converted>取消</extra-converted>
        </message>
        <message>
            <source>Export cancelled: nothing was written.</source>
            <translation>已取消匯出：沒有寫入任何檔案。</translation>
            <extra-zh_CN>已取消导出：没有写入任何文件。</extra-zh_CN>
            <extra-converted>已取消匯出：沒有寫入任何檔案。</extra-converted>
        </message>
        <message>
            <source>Wrote %1: %2 updates; run it with: python %1</source>
            <translation>已寫入 %1：%2 次更新；執行方法：python %1</translation>
            <extra-zh_CN>已写入 %1：%2 次更新；运行方法：python %1</extra-zh_CN>
            <extra-converted>已寫入 %1：%2 次更新；執行方法：python %1</extra-converted>
        </message>
        <message>
            <source>(its data beside it: %1)</source>
            <translation>（資料在它旁邊：%1）</translation>
            <extra-zh_CN>（数据在它旁边：%1）</extra-zh_CN>
            <extra-converted>（資料在它旁邊：%1）</extra-converted>
        </message>
    </context>
    <context>
        <name>SessionFiles</name>
        <message>
            <source>none</source>
            <translation>無</translation>
            <extra-zh_CN>无</extra-zh_CN>
            <extra-converted>無</extra-converted>
        </message>
        <message>
            <source>The saved lesson settings (%1) are not those of the lesson %2 (%3).</source>
            <translation>儲存的課程設定（%1）與課程 %2 的設定（%3）不一致。</translation>
            <extra-zh_CN>保存的课程设置（%1）与课程 %2 的设置（%3）不一致。</extra-zh_CN>
            <extra-converted>儲存的課程設定（%1）與課程 %2 的設定（%3）不一致。</extra-converted>
        </message>
        <message>
            <source>%1 is not a possible value of the lesson setting %2.</source>
            <translation>%1 不是課程設定 %2 的可選值。</translation>
            <extra-zh_CN>%1 不是课程设置 %2 的可选值。</extra-zh_CN>
            <extra-converted>%1 不是課程設定 %2 的可選值。</extra-converted>
        </message>
        <message>
            <source>The lesson %1 does not use the loss %2.</source>
            <translation>課程 %1 不使用損失 %2。</translation>
            <extra-zh_CN>课程 %1 不使用损失 %2。</extra-zh_CN>
            <extra-converted>課程 %1 不使用損失 %2。</extra-converted>
        </message>
        <message>
            <source>&amp;Open session…</source>
            <translation>開啟工作階段(&amp;O)…</translation>
            <extra-zh_CN>打开会话(&amp;O)…</extra-zh_CN>
            <extra-converted>開啟工作階段(&amp;O)…</extra-converted>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近開啟(&amp;R)</translation>
            <extra-zh_CN>最近打开(&amp;R)</extra-zh_CN>
            <extra-converted>最近開啟(&amp;R)</extra-converted>
        </message>
        <message>
            <source>&amp;Save session</source>
            <translation>儲存工作階段(&amp;S)</translation>
            <extra-zh_CN>保存会话(&amp;S)</extra-zh_CN>
            <extra-converted>儲存工作階段(&amp;S)</extra-converted>
        </message>
        <message>
            <source>Save session &amp;as…</source>
            <translation>工作階段另存為(&amp;A)…</translation>
            <extra-zh_CN>会话另存为(&amp;A)…</extra-zh_CN>
            <extra-converted>工作階段另存為(&amp;A)…</extra-converted>
        </message>
        <message>
            <source>&amp;Import views CSV…</source>
            <translation>匯入觀看量 CSV(&amp;I)…</translation>
            <extra-zh_CN>导入观看量 CSV(&amp;I)…</extra-zh_CN>
            <extra-converted>匯入觀看量 CSV(&amp;I)…</extra-converted>
        </message>
        <message>
            <source>Learn the views lessons from your own daily counts (a CSV of dates and counts, e.g. a YouTube Studio export).</source>
            <translation>用你自己的每日資料學習觀看量課程（包含日期和數量的 CSV，例如 YouTube Studio 匯出的檔案）。</translation>
            <extra-zh_CN>用你自己的每日数据学习观看量课程（包含日期和数量的 CSV，例如 YouTube Studio 导出的文件）。</extra-zh_CN>
            <extra-converted>用你自己的每日資料學習觀看量課程（包含日期和數量的 CSV，例如 YouTube Studio 匯出的檔案）。</extra-converted>
        </message>
        <message>
            <source>Use the lesson's &amp;built-in views</source>
            <translation>使用本課的內建觀看量資料(&amp;B)</translation>
            <extra-zh_CN>使用本课的内置观看量数据(&amp;B)</extra-zh_CN>
            <extra-converted>使用本課的內建觀看量資料(&amp;B)</extra-converted>
        </message>
        <message>
            <source>Applet sessions (*%1)</source>
            <translation>小程式工作階段 (*%1)</translation>
            <extra-zh_CN>小程序会话 (*%1)</extra-zh_CN>
            <extra-converted>小程式工作階段 (*%1)</extra-converted>
        </message>
        <message>
            <source>built-in synthetic channel</source>
            <translation>內建的合成頻道</translation>
            <extra-zh_CN>内置的合成频道</extra-zh_CN>
            <extra-converted>內建的合成頻道</extra-converted>
        </message>
        <message>
            <source>built-in real Wikipedia views</source>
            <translation>內建的真實維基百科瀏覽量</translation>
            <extra-zh_CN>内置的真实维基百科浏览量</extra-zh_CN>
            <extra-converted>內建的真實維基百科瀏覽量</extra-converted>
        </message>
        <message>
            <source>%1 (imported CSV)</source>
            <translation>%1（匯入的 CSV）</translation>
            <extra-zh_CN>%1（导入的 CSV）</extra-zh_CN>
            <extra-converted>%1（匯入的 CSV）</extra-converted>
        </message>
        <message>
            <source>k (thousands of views)</source>
            <translation>k（千次觀看）</translation>
            <extra-zh_CN>k（千次观看）</extra-zh_CN>
            <extra-converted>k（千次觀看）</extra-converted>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>資料：%1</translation>
            <extra-zh_CN>数据：%1</extra-zh_CN>
            <extra-converted>資料：%1</extra-converted>
        </message>
        <message>
            <source>Views data: %1 · %2 days · unit: %3</source>
            <translation>觀看量資料：%1 · %2 天 · 單位：%3</translation>
            <extra-zh_CN>观看量数据：%1 · %2 天 · 单位：%3</extra-zh_CN>
            <extra-converted>觀看量資料：%1 · %2 天 · 單位：%3</extra-converted>
        </message>
        <message>
            <source>Save session</source>
            <translation>儲存工作階段</translation>
            <extra-zh_CN>保存会话</extra-zh_CN>
            <extra-converted>儲存工作階段</extra-converted>
        </message>
        <message>
            <source>Nothing to save</source>
            <translation>沒有可儲存的內容</translation>
            <extra-zh_CN>没有可保存的内容</extra-zh_CN>
            <extra-converted>沒有可儲存的內容</extra-converted>
        </message>
        <message>
            <source>Training has not started yet; try again in a moment.</source>
            <translation>訓練還沒有開始，請稍後再試。</translation>
            <extra-zh_CN>训练还没有开始，请稍后再试。</extra-zh_CN>
            <extra-converted>訓練還沒有開始，請稍後再試。</extra-converted>
        </message>
        <message>
            <source>Could not save</source>
            <translation>無法儲存</translation>
            <extra-zh_CN>无法保存</extra-zh_CN>
            <extra-converted>無法儲存</extra-converted>
        </message>
        <message>
            <source>Saved %1 at update %2.</source>
            <translation>已儲存 %1（第 %2 次更新）。</translation>
            <extra-zh_CN>已保存 %1（第 %2 次更新）。</extra-zh_CN>
            <extra-converted>已儲存 %1（第 %2 次更新）。</extra-converted>
        </message>
        <message>
            <source>Open session</source>
            <translation>開啟工作階段</translation>
            <extra-zh_CN>打开会话</extra-zh_CN>
            <extra-converted>開啟工作階段</extra-converted>
        </message>
        <message>
            <source>Could not open session</source>
            <translation>無法開啟工作階段</translation>
            <extra-zh_CN>无法打开会话</extra-zh_CN>
            <extra-converted>無法開啟工作階段</extra-converted>
        </message>
        <message>
            <source>%1 cannot be opened: its contents do not fit together (%2).</source>
            <translation>無法開啟 %1：其中的內容彼此不符（%2）。</translation>
            <extra-zh_CN>无法打开 %1：其中的内容彼此不符（%2）。</extra-zh_CN>
            <extra-converted>無法開啟 %1：其中的內容彼此不符（%2）。</extra-converted>
        </message>
        <message>
            <source>Opened %1: training continues from update %2.</source>
            <translation>已開啟 %1：訓練從第 %2 次更新繼續。</translation>
            <extra-zh_CN>已打开 %1：训练从第 %2 次更新继续。</extra-zh_CN>
            <extra-converted>已開啟 %1：訓練從第 %2 次更新繼續。</extra-converted>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>清空清單</translation>
            <extra-zh_CN>清空列表</extra-zh_CN>
            <extra-converted>清空清單</extra-converted>
        </message>
        <message>
            <source>Import daily views</source>
            <translation>匯入每日觀看量</translation>
            <extra-zh_CN>导入每日观看量</extra-zh_CN>
            <extra-converted>匯入每日觀看量</extra-converted>
        </message>
        <message>
            <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV 表格 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
            <extra-zh_CN>CSV 表格 (*.csv *.tsv *.txt);;所有文件 (*)</extra-zh_CN>
            <extra-converted>CSV 表格 (*.csv *.tsv *.txt);;所有檔案 (*)</extra-converted>
        </message>
        <message>
            <source>Could not import %1</source>
            <translation>無法匯入 %1</translation>
            <extra-zh_CN>无法导入 %1</extra-zh_CN>
            <extra-converted>無法匯入 %1</extra-converted>
        </message>
        <message>
            <source>Missing days in %1</source>
            <translation>%1 中的缺失日</translation>
            <extra-zh_CN>%1 中的缺失日</extra-zh_CN>
            <extra-converted>%1 中的缺失日</extra-converted>
        </message>
        <message>
            <source>%1 days between %2 and %3 have no count (%4). Fill them by linear interpolation (the filled days are marked × in the Fit panel), or leave out every example whose days touch one? You can change this later in Lesson settings.</source>
            <translation>%2 到 %3 之間有 %1 天沒有資料（%4）。用線性插值填補（填補的天在擬合面板中標記為 ×），還是去掉所有涉及這些天的樣本？之後可以在課程設定中更改。</translation>
            <extra-zh_CN>%2 到 %3 之间有 %1 天没有数据（%4）。用线性插值填补（填补的天在拟合面板中标记为 ×），还是去掉所有涉及这些天的样本？之后可以在课程设置中更改。</extra-zh_CN>
            <extra-converted>%2 到 %3 之間有 %1 天沒有資料（%4）。用線性插值填補（填補的天在擬合面板中標記為 ×），還是去掉所有涉及這些天的樣本？之後可以在課程設定中更改。</extra-converted>
        </message>
        <message>
            <source>Fill them</source>
            <translation>填補</translation>
            <extra-zh_CN>填补</extra-zh_CN>
            <extra-converted>填補</extra-converted>
        </message>
        <message>
            <source>Leave them out</source>
            <translation>去掉</translation>
            <extra-zh_CN>去掉</extra-zh_CN>
            <extra-converted>去掉</extra-converted>
        </message>
        <message>
            <source>Nothing imported: the views lessons learn from the same data.</source>
            <translation>沒有匯入：觀看量課程仍使用原來的資料。</translation>
            <extra-zh_CN>没有导入：观看量课程仍使用原来的数据。</extra-zh_CN>
            <extra-converted>沒有匯入：觀看量課程仍使用原來的資料。</extra-converted>
        </message>
        <message>
            <source>Imported %1 days (%2 to %3); the views lessons now learn from them.</source>
            <translation>已匯入 %1 天（%2 至 %3）；觀看量課程現在用這些資料學習。</translation>
            <extra-zh_CN>已导入 %1 天（%2 至 %3）；观看量课程现在用这些数据学习。</extra-zh_CN>
            <extra-converted>已匯入 %1 天（%2 至 %3）；觀看量課程現在用這些資料學習。</extra-converted>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在讀取 %1…</translation>
            <extra-zh_CN>正在读取 %1…</extra-zh_CN>
            <extra-converted>正在讀取 %1…</extra-converted>
        </message>
        <message>
            <source>Unsaved training</source>
            <translation>訓練尚未儲存</translation>
            <extra-zh_CN>训练尚未保存</extra-zh_CN>
            <extra-converted>訓練尚未儲存</extra-converted>
        </message>
        <message>
            <source>Save this session before closing? Otherwise its training is lost.</source>
            <translation>關閉前儲存這個工作階段嗎？否則訓練結果會遺失。</translation>
            <extra-zh_CN>关闭前保存这个会话吗？否则训练结果会丢失。</extra-zh_CN>
            <extra-converted>關閉前儲存這個工作階段嗎？否則訓練結果會遺失。</extra-converted>
        </message>
    </context>
    <context>
        <name>SlicePanel</name>
        <message>
            <source>Slice L(w)</source>
            <translation>切面 L(w)</translation>
            <extra-zh_CN>切面 L(w)</extra-zh_CN>
            <extra-converted>切面 L(w)</extra-converted>
        </message>
        <message>
            <source>bumpy loss</source>
            <translation>起伏的損失</translation>
            <extra-zh_CN>起伏的损失</extra-zh_CN>
            <extra-converted>起伏的損失</extra-converted>
        </message>
        <message>
            <source>A made-up loss with several valleys: click the curve to start gradient descent there.</source>
            <translation>一個虛構的、有好幾個谷底的損失：點選曲線，從那裡開始梯度下降。</translation>
            <extra-zh_CN>一个虚构的、有好几个谷底的损失：点击曲线，从那里开始梯度下降。</extra-zh_CN>
            <extra-converted>一個虛構的、有好幾個谷底的損失：點選曲線，從那裡開始梯度下降。</extra-converted>
        </message>
        <message>
            <source>How many evenly spread starts</source>
            <translation>均勻分佈的起點個數</translation>
            <extra-zh_CN>均匀分布的起点个数</extra-zh_CN>
            <extra-converted>均勻分佈的起點個數</extra-converted>
        </message>
        <message>
            <source>Several restarts</source>
            <translation>多次重啟</translation>
            <extra-zh_CN>多次重启</extra-zh_CN>
            <extra-converted>多次重啟</extra-converted>
        </message>
        <message>
            <source>Start gradient descent from evenly spread points and keep the best end: the simplest way out of a poor local minimum.</source>
            <translation>從均勻分佈的多個起點開始梯度下降，保留最好的終點：這是擺脫較差局部最小值的最簡單辦法。</translation>
            <extra-zh_CN>从均匀分布的多个起点开始梯度下降，保留最好的终点：这是摆脱较差局部最小值的最简单办法。</extra-zh_CN>
            <extra-converted>從均勻分佈的多個起點開始梯度下降，保留最好的終點：這是擺脫較差局部最小值的最簡單辦法。</extra-converted>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
            <extra-zh_CN>清除</extra-zh_CN>
            <extra-converted>清除</extra-converted>
        </message>
        <message>
            <source>A made-up loss L(w) with several valleys. Click the curve to start gradient descent there, with η = %1 from the controls: it only walks downhill, so it stops in the valley where it starts — a local minimum.</source>
            <translation>一個虛構的、有好幾個谷底的損失 L(w)。點選曲線，用控制區的 η = %1 從那裡開始梯度下降：它只會往下坡走，所以會停在起點所在的谷底 —— 一個局部最小值。</translation>
            <extra-zh_CN>一个虚构的、有好几个谷底的损失 L(w)。点击曲线，用控制区的 η = %1 从那里开始梯度下降：它只会往下坡走，所以会停在起点所在的谷底 —— 一个局部最小值。</extra-zh_CN>
            <extra-converted>一個虛構的、有好幾個谷底的損失 L(w)。點選曲線，用控制區的 η = %1 從那裡開始梯度下降：它只會往下坡走，所以會停在起點所在的谷底 —— 一個局部最小值。</extra-converted>
        </message>
        <message>
            <source>w (b fixed at its current value)</source>
            <translation>w（b 固定為目前值）</translation>
            <extra-zh_CN>w（b 固定为当前值）</extra-zh_CN>
            <extra-converted>w（b 固定為目前值）</extra-converted>
        </message>
        <message>
            <source>Every start left the plot: the learning rate η = %1 is too large.</source>
            <translation>每個起點都跑出了圖外：學習率 η = %1 太大了。</translation>
            <extra-zh_CN>每个起点都跑出了图外：学习率 η = %1 太大了。</extra-zh_CN>
            <extra-converted>每個起點都跑出了圖外：學習率 η = %1 太大了。</extra-converted>
        </message>
        <message>
            <source>%1 starts spread evenly, η = %2: the best (★) ended at w = %3 with L = %4. Restarts cost more work but escape poor valleys.</source>
            <translation>%1 個均勻分佈的起點，η = %2：最好的（★）停在 w = %3，L = %4。重啟更費工夫，但能逃出較差的谷底。</translation>
            <extra-zh_CN>%1 个均匀分布的起点，η = %2：最好的（★）停在 w = %3，L = %4。重启更费工夫，但能逃出较差的谷底。</extra-zh_CN>
            <extra-converted>%1 個均勻分佈的起點，η = %2：最好的（★）停在 w = %3，L = %4。重啟更費工夫，但能逃出較差的谷底。</extra-converted>
        </message>
        <message>
            <source>From w = %1 the steps grew until one left the plot (step %2): η = %3 is too large.</source>
            <translation>從 w = %1 出發，步子越來越大，直到跑出圖外（第 %2 步）：η = %3 太大了。</translation>
            <extra-zh_CN>从 w = %1 出发，步子越来越大，直到跑出图外（第 %2 步）：η = %3 太大了。</extra-zh_CN>
            <extra-converted>從 w = %1 出發，步子越來越大，直到跑出圖外（第 %2 步）：η = %3 太大了。</extra-converted>
        </message>
        <message>
            <source>From w = %1, %2 steps of η = %3 reached w = %4 and are still walking: a small learning rate crawls.</source>
            <translation>從 w = %1 出發，η = %3 走了 %2 步到達 w = %4，還在繼續走：學習率太小就會爬得很慢。</translation>
            <extra-zh_CN>从 w = %1 出发，η = %3 走了 %2 步到达 w = %4，还在继续走：学习率太小就会爬得很慢。</extra-zh_CN>
            <extra-converted>從 w = %1 出發，η = %3 走了 %2 步到達 w = %4，還在繼續走：學習率太小就會爬得很慢。</extra-converted>
        </message>
        <message>
            <source>From w = %1 gradient descent reached the lowest valley: w = %2, L = %3 (%4 steps).</source>
            <translation>從 w = %1 出發，梯度下降到達了最低的谷底：w = %2，L = %3（%4 步）。</translation>
            <extra-zh_CN>从 w = %1 出发，梯度下降到达了最低的谷底：w = %2，L = %3（%4 步）。</extra-zh_CN>
            <extra-converted>從 w = %1 出發，梯度下降到達了最低的谷底：w = %2，L = %3（%4 步）。</extra-converted>
        </message>
        <message>
            <source>From w = %1 gradient descent stopped at w = %2, L = %3 (%4 steps): the slope is 0, but this is only a local minimum. The lowest is L = %5 at w = %6 — try another start, a larger η or several restarts.</source>
            <translation>從 w = %1 出發，梯度下降停在 w = %2，L = %3（%4 步）：斜率為 0，但這只是局部最小值。最低點是 w = %6 處的 L = %5 —— 試試換個起點、更大的 η 或多次重啟。</translation>
            <extra-zh_CN>从 w = %1 出发，梯度下降停在 w = %2，L = %3（%4 步）：斜率为 0，但这只是局部最小值。最低点是 w = %6 处的 L = %5 —— 试试换个起点、更大的 η 或多次重启。</extra-zh_CN>
            <extra-converted>從 w = %1 出發，梯度下降停在 w = %2，L = %3（%4 步）：斜率為 0，但這只是局部最小值。最低點是 w = %6 處的 L = %5 —— 試試換個起點、更大的 η 或多次重啟。</extra-converted>
        </message>
        <message>
            <source>w has left the plot: gradient descent diverged. Choose a smaller learning rate and press Reset.</source>
            <translation>w 跑出了圖外：梯度下降發散了。請選一個更小的學習率，再按「重置」。</translation>
            <extra-zh_CN>w 跑出了图外：梯度下降发散了。请选一个更小的学习率，再按“重置”。</extra-zh_CN>
            <extra-converted>w 跑出了圖外：梯度下降發散了。請選一個更小的學習率，再按「重置」。</extra-converted>
        </message>
        <message>
            <source>L(w) is drawn for the one-feature model y = b + w·x (MSE or MAE).</source>
            <translation>L(w) 只為單特徵模型 y = b + w·x（MSE 或 MAE）繪製。</translation>
            <extra-zh_CN>L(w) 只为单特征模型 y = b + w·x（MSE 或 MAE）绘制。</extra-zh_CN>
            <extra-converted>L(w) 只為單特徵模型 y = b + w·x（MSE 或 MAE）繪製。</extra-converted>
        </message>
        <message>
            <source>b fixed at %1: at w = %2, L = %3 and the slope ∂L/∂w = %4 (dashed tangent). Next step: w moves by −η × slope = −%5 × %4 = %6 (arrow).</source>
            <translation>b 固定為 %1：在 w = %2 處，L = %3，斜率 ∂L/∂w = %4（虛線為切線）。下一步：w 移動 −η × 斜率 = −%5 × %4 = %6（箭頭）。</translation>
            <extra-zh_CN>b 固定为 %1：在 w = %2 处，L = %3，斜率 ∂L/∂w = %4（虚线为切线）。下一步：w 移动 −η × 斜率 = −%5 × %4 = %6（箭头）。</extra-zh_CN>
            <extra-converted>b 固定為 %1：在 w = %2 處，L = %3，斜率 ∂L/∂w = %4（虛線為切線）。下一步：w 移動 −η × 斜率 = −%5 × %4 = %6（箭頭）。</extra-converted>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Stopped: reached the maximum number of updates.</source>
            <translation>已停止：達到更新次數上限。</translation>
            <extra-zh_CN>已停止：达到更新次数上限。</extra-zh_CN>
            <extra-converted>已停止：達到更新次數上限。</extra-converted>
        </message>
        <message>
            <source>Stopped: reached the maximum number of epochs.</source>
            <translation>已停止：達到 epoch 數上限。</translation>
            <extra-zh_CN>已停止：达到回合数上限。</extra-zh_CN>
            <extra-converted>已停止：達到 epoch 數上限。</extra-converted>
        </message>
        <message>
            <source>Stopped: gradient ≈ 0 (‖g‖ below the tolerance) — a minimum, a saddle point or a plateau.</source>
            <translation>已停止：梯度 ≈ 0（‖g‖ 低於容差）—— 到了最小值、鞍點或平台。</translation>
            <extra-zh_CN>已停止：梯度 ≈ 0（‖g‖ 低于容差）—— 到了最小值、鞍点或平台。</extra-zh_CN>
            <extra-converted>已停止：梯度 ≈ 0（‖g‖ 低於容差）—— 到了最小值、鞍點或平台。</extra-converted>
        </message>
        <message>
            <source>Stopped: the loss exploded — the learning rate is too large. Lower it and press Reset.</source>
            <translation>已停止：損失爆炸了 —— 學習率太大。請調小學習率，再按「重置」。</translation>
            <extra-zh_CN>已停止：损失爆炸了 —— 学习率太大。请调小学习率，再按“重置”。</extra-zh_CN>
            <extra-converted>已停止：損失爆炸了 —— 學習率太大。請調小學習率，再按「重置」。</extra-converted>
        </message>
        <message>
            <source>Likely cause: the learning rate is too large. Lower it.</source>
            <translation>可能的原因：學習率太大。請調小學習率。</translation>
            <extra-zh_CN>可能的原因：学习率太大。请调小学习率。</extra-zh_CN>
            <extra-converted>可能的原因：學習率太大。請調小學習率。</extra-converted>
        </message>
        <message>
            <source>Likely cause: the inputs are not standardised (|x| up to %1). Standardise them, or use a smaller learning rate.</source>
            <translation>可能的原因：輸入沒有標準化（|x| 最大到 %1）。請把輸入標準化，或使用更小的學習率。</translation>
            <extra-zh_CN>可能的原因：输入没有标准化（|x| 最大到 %1）。请把输入标准化，或使用更小的学习率。</extra-zh_CN>
            <extra-converted>可能的原因：輸入沒有標準化（|x| 最大到 %1）。請把輸入標準化，或使用更小的學習率。</extra-converted>
        </message>
        <message>
            <source>Likely cause: ReLU or linear neurons never saturate, so the values grew layer by layer. Use tanh or sigmoid, or a smaller learning rate.</source>
            <translation>可能的原因：ReLU 或線性神經元從不飽和，數值一層層變大。請改用雙曲正切 tanh 或 sigmoid，或使用更小的學習率。</translation>
            <extra-zh_CN>可能的原因：ReLU 或线性神经元从不饱和，数值一层层变大。请改用双曲正切 tanh 或 sigmoid，或使用更小的学习率。</extra-zh_CN>
            <extra-converted>可能的原因：ReLU 或線性神經元從不飽和，數值一層層變大。請改用雙曲正切 tanh 或 sigmoid，或使用更小的學習率。</extra-converted>
        </message>
        <message>
            <source>The last finite weights still compute finite numbers: one update of size η·∂L/∂w threw them to where they overflow. A smaller η takes a smaller step.</source>
            <translation>最後一組有限的權重算出的數仍然有限：一次大小為 η·∂L/∂w 的更新把它們拋到了會溢位的地方。更小的 η 邁出更小的一步。</translation>
            <extra-zh_CN>最后一组有限的权重算出的数仍然有限：一次大小为 η·∂L/∂w 的更新把它们抛到了会溢出的地方。更小的 η 迈出更小的一步。</extra-zh_CN>
            <extra-converted>最後一組有限的權重算出的數仍然有限：一次大小為 η·∂L/∂w 的更新把它們拋到了會溢位的地方。更小的 η 邁出更小的一步。</extra-converted>
        </message>
        <message>
            <source>∂L/∂w = x·∂L/∂z grows with the inputs and the loss's curvature with their square: this learning rate would suit inputs of mean 0 and standard deviation 1, but overshoots on these.</source>
            <translation>∂L/∂w = x·∂L/∂z 隨輸入變大，損失的曲率隨輸入的平方變大：這個學習率適合平均值 0、標準差 1 的輸入，對這些輸入卻會衝過頭。</translation>
            <extra-zh_CN>∂L/∂w = x·∂L/∂z 随输入变大，损失的曲率随输入的平方变大：这个学习率适合均值 0、标准差 1 的输入，对这些输入却会冲过头。</extra-zh_CN>
            <extra-converted>∂L/∂w = x·∂L/∂z 隨輸入變大，損失的曲率隨輸入的平方變大：這個學習率適合平均值 0、標準差 1 的輸入，對這些輸入卻會衝過頭。</extra-converted>
        </message>
        <message>
            <source>The numbers overflowed at the last finite weights already, before any oversized step: each ReLU or linear layer can multiply their size again, while sigmoid and tanh keep every a between −1 and 1.</source>
            <translation>在最後一組有限的權重上、還沒有邁出過大的一步時，數值就已經溢位：每一層 ReLU 或線性神經元都能把數值再放大若干倍，而 sigmoid 和 tanh 讓每個 a 保持在 −1 到 1 之間。</translation>
            <extra-zh_CN>在最后一组有限的权重上、还没有迈出过大的一步时，数值就已经溢出：每一层 ReLU 或线性神经元都能把数值再放大若干倍，而 sigmoid 和 tanh 让每个 a 保持在 −1 到 1 之间。</extra-zh_CN>
            <extra-converted>在最後一組有限的權重上、還沒有邁出過大的一步時，數值就已經溢位：每一層 ReLU 或線性神經元都能把數值再放大若干倍，而 sigmoid 和 tanh 讓每個 a 保持在 −1 到 1 之間。</extra-converted>
        </message>
        <message>
            <source>Stopped: the loss grew a hundredfold.</source>
            <translation>已停止：損失增大到了一百倍。</translation>
            <extra-zh_CN>已停止：损失增大到了一百倍。</extra-zh_CN>
            <extra-converted>已停止：損失增大到了一百倍。</extra-converted>
        </message>
        <message>
            <source>Stopped: the loss exploded; layer %1 overflowed first (its %2).</source>
            <translation>已停止：損失爆炸了；第 %1 層最先溢位（它的 %2）。</translation>
            <extra-zh_CN>已停止：损失爆炸了；第 %1 层最先溢出（它的 %2）。</extra-zh_CN>
            <extra-converted>已停止：損失爆炸了；第 %1 層最先溢位（它的 %2）。</extra-converted>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>update %1 · epoch %2 · batch %3/%4 · L = %5 · L′ = %6 · ‖g‖ = %7 · %8 updates/s</source>
            <translation>更新 %1 · epoch %2 · 批次 %3/%4 · L = %5 · L′ = %6 · ‖g‖ = %7 · %8 次更新/秒</translation>
            <extra-zh_CN>更新 %1 · 回合 %2 · 批量 %3/%4 · L = %5 · L′ = %6 · ‖g‖ = %7 · %8 次更新/秒</extra-zh_CN>
            <extra-converted>更新 %1 · epoch %2 · 批次 %3/%4 · L = %5 · L′ = %6 · ‖g‖ = %7 · %8 次更新/秒</extra-converted>
        </message>
        <message>
            <source>Back to the last finite weights</source>
            <translation>回到最後一組有限的權重</translation>
            <extra-zh_CN>回到最后一组有限的权重</extra-zh_CN>
            <extra-converted>回到最後一組有限的權重</extra-converted>
        </message>
        <message>
            <source>Put back the weights of update %1, the last before the blow-up; lower η before going on.</source>
            <translation>放回第 %1 次更新的權重，即爆炸前的最後一組；繼續訓練前請先調小 η。</translation>
            <extra-zh_CN>放回第 %1 次更新的权重，即爆炸前的最后一组；继续训练前请先调小 η。</extra-zh_CN>
            <extra-converted>放回第 %1 次更新的權重，即爆炸前的最後一組；繼續訓練前請先調小 η。</extra-converted>
        </message>
    </context>
    <context>
        <name>SurfacePanel</name>
        <message>
            <source>Error surface</source>
            <translation>誤差表面</translation>
            <extra-zh_CN>误差表面</extra-zh_CN>
            <extra-converted>誤差表面</extra-converted>
        </message>
        <message>
            <source>◀ Step back</source>
            <translation>◀ 後退一步</translation>
            <extra-zh_CN>◀ 后退一步</extra-zh_CN>
            <extra-converted>◀ 後退一步</extra-converted>
        </message>
        <message>
            <source>Undo the last update (←): the parameters go back and the path shrinks. Works for full-batch gradient descent.</source>
            <translation>復原上一次更新（←）：參數退回，路徑縮短。適用於全批次梯度下降。</translation>
            <extra-zh_CN>撤销上一次更新（←）：参数退回，路径缩短。适用于全批量梯度下降。</extra-zh_CN>
            <extra-converted>復原上一次更新（←）：參數退回，路徑縮短。適用於全批次梯度下降。</extra-converted>
        </message>
    </context>
    <context>
        <name>SurfaceTexts</name>
        <message>
            <source>b — bias (%1)</source>
            <translation>b —— 偏置（%1）</translation>
            <extra-zh_CN>b —— 偏置（%1）</extra-zh_CN>
            <extra-converted>b —— 偏置（%1）</extra-converted>
        </message>
        <message>
            <source>b — bias</source>
            <translation>b —— 偏置</translation>
            <extra-zh_CN>b —— 偏置</extra-zh_CN>
            <extra-converted>b —— 偏置</extra-converted>
        </message>
        <message>
            <source>x₁ standardised: x₁ = (yesterday's views − %1) / %2, the mean and sd of the training days, so x₁ has mean 0 and sd 1. Same model, w now counts per sd: the valley becomes a round bowl and gradient descent heads straight down. Switch back under Lesson settings → Input x₁.</source>
            <translation>x₁ 已標準化：x₁ =（昨天的觀看量 − %1）/ %2，即減去訓練日的平均值、除以標準差，所以 x₁ 的平均值為 0、標準差為 1。模型不變，只是 w 現在按「每個標準差」計：山谷變成圓碗，梯度下降直奔谷底。可在 課程設定 → 輸入 x₁ 中切換回去。</translation>
            <extra-zh_CN>x₁ 已标准化：x₁ =（昨天的观看量 − %1）/ %2，即减去训练日的均值、除以标准差，所以 x₁ 的均值为 0、标准差为 1。模型不变，只是 w 现在按“每个标准差”计：山谷变成圆碗，梯度下降直奔谷底。可在 课程设置 → 输入 x₁ 中切换回去。</extra-zh_CN>
            <extra-converted>x₁ 已標準化：x₁ =（昨天的觀看量 − %1）/ %2，即減去訓練日的平均值、除以標準差，所以 x₁ 的平均值為 0、標準差為 1。模型不變，只是 w 現在按「每個標準差」計：山谷變成圓碗，梯度下降直奔谷底。可在 課程設定 → 輸入 x₁ 中切換回去。</extra-converted>
        </message>
        <message>
            <source>w — weight of x₁ standardised (mean 0, sd 1)</source>
            <translation>w —— 標準化 x₁ 的權重（平均值 0，標準差 1）</translation>
            <extra-zh_CN>w —— 标准化 x₁ 的权重（均值 0，标准差 1）</extra-zh_CN>
            <extra-converted>w —— 標準化 x₁ 的權重（平均值 0，標準差 1）</extra-converted>
        </message>
        <message>
            <source>x₁ = yesterday's views as recorded (%1; mean %2, sd %3). The valley of L is long and thin: a learning rate small enough not to overshoot across it crawls along it. Lesson settings → Input x₁ → standardised makes it round.</source>
            <translation>x₁ = 記錄下來的昨天觀看量（%1；平均值 %2，標準差 %3）。L 的山谷又長又窄：學習率小到不會衝過谷底時，沿著山谷走就會很慢。在 課程設定 → 輸入 x₁ 中選「標準化」，山谷就會變圓。</translation>
            <extra-zh_CN>x₁ = 记录下来的昨天观看量（%1；均值 %2，标准差 %3）。L 的山谷又长又窄：学习率小到不会冲过谷底时，沿着山谷走就会很慢。在 课程设置 → 输入 x₁ 中选“标准化”，山谷就会变圆。</extra-zh_CN>
            <extra-converted>x₁ = 記錄下來的昨天觀看量（%1；平均值 %2，標準差 %3）。L 的山谷又長又窄：學習率小到不會衝過谷底時，沿著山谷走就會很慢。在 課程設定 → 輸入 x₁ 中選「標準化」，山谷就會變圓。</extra-converted>
        </message>
        <message>
            <source>raw</source>
            <translation>原始值</translation>
            <extra-zh_CN>原始值</extra-zh_CN>
            <extra-converted>原始值</extra-converted>
        </message>
        <message>
            <source>w — weight of x₁ = yesterday's views</source>
            <translation>w —— x₁（昨天觀看量）的權重</translation>
            <extra-zh_CN>w —— x₁（昨天观看量）的权重</extra-zh_CN>
            <extra-converted>w —— x₁（昨天觀看量）的權重</extra-converted>
        </message>
        <message>
            <source>The error surface is drawn for the one-feature model y = b + w·x.</source>
            <translation>誤差表面只為單特徵模型 y = b + w·x 繪製。</translation>
            <extra-zh_CN>误差表面只为单特征模型 y = b + w·x 绘制。</extra-zh_CN>
            <extra-converted>誤差表面只為單特徵模型 y = b + w·x 繪製。</extra-converted>
        </message>
        <message>
            <source>The error surface is drawn for MSE or MAE of y = b + w·x.</source>
            <translation>誤差表面只為 y = b + w·x 的 MSE 或 MAE 繪製。</translation>
            <extra-zh_CN>误差表面只为 y = b + w·x 的 MSE 或 MAE 绘制。</extra-zh_CN>
            <extra-converted>誤差表面只為 y = b + w·x 的 MSE 或 MAE 繪製。</extra-converted>
        </message>
        <message>
            <source>● now (update %1): off the map.</source>
            <translation>● 目前（第 %1 次更新）：在圖外。</translation>
            <extra-zh_CN>● 当前（第 %1 次更新）：在图外。</extra-zh_CN>
            <extra-converted>● 目前（第 %1 次更新）：在圖外。</extra-converted>
        </message>
        <message>
            <source>● now (update %4): w = %1, b = %2 → L = %3. White: the path so far; orange arrow: the next step −η∇L.</source>
            <translation>● 目前（第 %4 次更新）：w = %1，b = %2 → L = %3。白色：到目前為止的路徑；橘色箭頭：下一步 −η∇L。</translation>
            <extra-zh_CN>● 当前（第 %4 次更新）：w = %1，b = %2 → L = %3。白色：到目前为止的路径；橙色箭头：下一步 −η∇L。</extra-zh_CN>
            <extra-converted>● 目前（第 %4 次更新）：w = %1，b = %2 → L = %3。白色：到目前為止的路徑；橘色箭頭：下一步 −η∇L。</extra-converted>
        </message>
        <message>
            <source>● now (update %4): w = %1, b = %2 → L = %3. White: the path so far; orange arrow: the last step, made with its batch's gradient ∇Lᵇ.</source>
            <translation>● 目前（第 %4 次更新）：w = %1，b = %2 → L = %3。白色：到目前為止的路徑；橘色箭頭：剛走的一步，用的是它那個批次的梯度 ∇Lᵇ。</translation>
            <extra-zh_CN>● 当前（第 %4 次更新）：w = %1，b = %2 → L = %3。白色：到目前为止的路径；橙色箭头：刚走的一步，用的是它那个批量的梯度 ∇Lᵇ。</extra-zh_CN>
            <extra-converted>● 目前（第 %4 次更新）：w = %1，b = %2 → L = %3。白色：到目前為止的路徑；橘色箭頭：剛走的一步，用的是它那個批次的梯度 ∇Lᵇ。</extra-converted>
        </message>
        <message>
            <source>★ minimum: w* = %1, b* = %2 → L* = %3. Hover to read L; click to start there.</source>
            <translation>★ 最小值：w* = %1，b* = %2 → L* = %3。停留可讀出 L；點選從該處開始。</translation>
            <extra-zh_CN>★ 最小值：w* = %1，b* = %2 → L* = %3。悬停可读出 L；点击从该处开始。</extra-zh_CN>
            <extra-converted>★ 最小值：w* = %1，b* = %2 → L* = %3。停留可讀出 L；點選從該處開始。</extra-converted>
        </message>
        <message>
            <source>Gradient descent diverged with η = %1: each step overshoots the valley and lands higher on the other side, so L grows instead of shrinking. The path stops where it leaves the map. Choose a smaller learning rate (try η = %2) and press Reset.</source>
            <translation>η = %1 時梯度下降發散了：每一步都衝過谷底，落在對面更高的地方，所以 L 不減反增。路徑在離開地圖處中斷。請選更小的學習率（試試 η = %2），再按「重置」。</translation>
            <extra-zh_CN>η = %1 时梯度下降发散了：每一步都冲过谷底，落在对面更高的地方，所以 L 不减反增。路径在离开地图处中断。请选更小的学习率（试试 η = %2），再按“重置”。</extra-zh_CN>
            <extra-converted>η = %1 時梯度下降發散了：每一步都衝過谷底，落在對面更高的地方，所以 L 不減反增。路徑在離開地圖處中斷。請選更小的學習率（試試 η = %2），再按「重置」。</extra-converted>
        </message>
        <message>
            <source>Batch size B = %1: an epoch is ⌈N/B⌉ = ⌈%2/%1⌉ = %3 updates, each on its own batch. Step once to see that batch's own error surface.</source>
            <translation>批次大小 B = %1：一個 epoch 是 ⌈N/B⌉ = ⌈%2/%1⌉ = %3 次更新，每次用它自己的批次。按一次「單步」，就能看到那個批次自己的誤差表面。</translation>
            <extra-zh_CN>批量大小 B = %1：一个回合是 ⌈N/B⌉ = ⌈%2/%1⌉ = %3 次更新，每次用它自己的批量。按一次“单步”，就能看到那个批量自己的误差表面。</extra-zh_CN>
            <extra-converted>批次大小 B = %1：一個 epoch 是 ⌈N/B⌉ = ⌈%2/%1⌉ = %3 次更新，每次用它自己的批次。按一次「單步」，就能看到那個批次自己的誤差表面。</extra-converted>
        </message>
        <message>
            <source>Batch %1 of %2 · epoch %3. Purple: this batch's own loss Lᵇ, its contours and ✚ its minimum; faint: L of all %4 training days. Yellow squares: where each epoch ended.</source>
            <translation>第 %1 個批次（共 %2 個）· 第 %3 epoch。紫色：這個批次自己的損失 Lᵇ，它的等高線和 ✚ 它的最小值；淡色：全部 %4 個訓練日的 L。黃色方塊：每個 epoch 結束的地方。</translation>
            <extra-zh_CN>第 %1 个批量（共 %2 个）· 第 %3 回合。紫色：这个批量自己的损失 Lᵇ，它的等高线和 ✚ 它的最小值；淡色：全部 %4 个训练日的 L。黄色方块：每个回合结束的地方。</extra-zh_CN>
            <extra-converted>第 %1 個批次（共 %2 個）· 第 %3 epoch。紫色：這個批次自己的損失 Lᵇ，它的等高線和 ✚ 它的最小值；淡色：全部 %4 個訓練日的 L。黃色方塊：每個 epoch 結束的地方。</extra-converted>
        </message>
        <message>
            <source>under the mouse: w = %1, b = %2 → L = %3 (click to start gradient descent here)</source>
            <translation>滑鼠處：w = %1，b = %2 → L = %3（點選從這裡開始梯度下降）</translation>
            <extra-zh_CN>鼠标处：w = %1，b = %2 → L = %3（点击从这里开始梯度下降）</extra-zh_CN>
            <extra-converted>滑鼠處：w = %1，b = %2 → L = %3（點選從這裡開始梯度下降）</extra-converted>
        </message>
    </context>
    <context>
        <name>ThetaPanel</name>
        <message>
            <source>θ and g</source>
            <translation>θ 和 g</translation>
            <extra-zh_CN>θ 和 g</extra-zh_CN>
            <extra-converted>θ 和 g</extra-converted>
        </message>
        <message>
            <source>layer</source>
            <translation>層</translation>
            <extra-zh_CN>层</extra-zh_CN>
            <extra-converted>層</extra-converted>
        </message>
        <message>
            <source>parameter</source>
            <translation>參數</translation>
            <extra-zh_CN>参数</extra-zh_CN>
            <extra-converted>參數</extra-converted>
        </message>
        <message>
            <source>g = ∂L/∂θ</source>
            <translation>g = ∂L/∂θ</translation>
            <extra-zh_CN>g = ∂L/∂θ</extra-zh_CN>
            <extra-converted>g = ∂L/∂θ</extra-converted>
        </message>
        <message>
            <source>output</source>
            <translation>輸出</translation>
            <extra-zh_CN>输出</extra-zh_CN>
            <extra-converted>輸出</extra-converted>
        </message>
        <message>
            <source>θ ← θ − η·g   with %1 = %2 parameters</source>
            <translation>θ ← θ − η·g   共 %1 = %2 個參數</translation>
            <extra-zh_CN>θ ← θ − η·g   共 %1 = %2 个参数</extra-zh_CN>
            <extra-converted>θ ← θ − η·g   共 %1 = %2 個參數</extra-converted>
        </message>
        <message>
            <source>Too many to list here: choose a network with at most %1 parameters.</source>
            <translation>參數太多，這裡列不下：請選一個最多 %1 個參數的網路。</translation>
            <extra-zh_CN>参数太多，这里列不下：请选一个最多 %1 个参数的网络。</extra-zh_CN>
            <extra-converted>參數太多，這裡列不下：請選一個最多 %1 個參數的網路。</extra-converted>
        </message>
        <message>
            <source>Update %1: the new θ is the θ − η·g shown before it (largest difference %2).</source>
            <translation>第 %1 次更新：新的 θ 就是更新前顯示的 θ − η·g（最大差異 %2）。</translation>
            <extra-zh_CN>第 %1 次更新：新的 θ 就是更新前显示的 θ − η·g（最大差异 %2）。</extra-zh_CN>
            <extra-converted>第 %1 次更新：新的 θ 就是更新前顯示的 θ − η·g（最大差異 %2）。</extra-converted>
        </message>
        <message>
            <source>Update %1 used a batch, momentum or Adam: its step differs from −η·g of all the data by up to %2.</source>
            <translation>第 %1 次更新用了批次、動量或 Adam：這一步與全部資料的 −η·g 最多相差 %2。</translation>
            <extra-zh_CN>第 %1 次更新用了批量、动量或 Adam：这一步与全部数据的 −η·g 最多相差 %2。</extra-zh_CN>
            <extra-converted>第 %1 次更新用了批次、動量或 Adam：這一步與全部資料的 −η·g 最多相差 %2。</extra-converted>
        </message>
    </context>
    <context>
        <name>ThreeSteps</name>
        <message>
            <source>Your three choices:</source>
            <translation>你的三個選擇：</translation>
            <extra-zh_CN>你的三个选择：</extra-zh_CN>
            <extra-converted>你的三個選擇：</extra-converted>
        </message>
        <message>
            <source>Three steps:</source>
            <translation>三個步驟：</translation>
            <extra-zh_CN>三个步骤：</extra-zh_CN>
            <extra-converted>三個步驟：</extra-converted>
        </message>
        <message>
            <source>① Function with unknown parameters</source>
            <translation>① 帶有未知參數的函數</translation>
            <extra-zh_CN>① 带有未知参数的函数</extra-zh_CN>
            <extra-converted>① 帶有未知參數的函數</extra-converted>
        </message>
        <message>
            <source>② Loss</source>
            <translation>② 損失</translation>
            <extra-zh_CN>② 损失</extra-zh_CN>
            <extra-converted>② 損失</extra-converted>
        </message>
        <message>
            <source>③ Optimisation</source>
            <translation>③ 最佳化</translation>
            <extra-zh_CN>③ 优化</extra-zh_CN>
            <extra-converted>③ 最佳化</extra-converted>
        </message>
        <message>
            <source>%1 parameters (%2)</source>
            <translation>%1 個參數（%2）</translation>
            <extra-zh_CN>%1 个参数（%2）</extra-zh_CN>
            <extra-converted>%1 個參數（%2）</extra-converted>
        </message>
        <message>
            <source>L = %1 on the training data (%2 samples)</source>
            <translation>L = 訓練資料上的 %1（%2 個樣本）</translation>
            <extra-zh_CN>L = 训练数据上的 %1（%2 个样本）</extra-zh_CN>
            <extra-converted>L = 訓練資料上的 %1（%2 個樣本）</extra-converted>
        </message>
        <message>
            <source>L′ on unseen data (%1 samples)</source>
            <translation>L′ 在測試資料上（%1 個樣本）</translation>
            <extra-zh_CN>L′ 在测试数据上（%1 个样本）</extra-zh_CN>
            <extra-converted>L′ 在測試資料上（%1 個樣本）</extra-converted>
        </message>
        <message>
            <source>full batch (%1)</source>
            <translation>全批次（%1）</translation>
            <extra-zh_CN>全批量（%1）</extra-zh_CN>
            <extra-converted>全批次（%1）</extra-converted>
        </message>
        <message>
            <source>batch %1, %2 updates per epoch</source>
            <translation>批次 %1，每個 epoch %2 次更新</translation>
            <extra-zh_CN>批量 %1，每回合 %2 次更新</extra-zh_CN>
            <extra-converted>批次 %1，每個 epoch %2 次更新</extra-converted>
        </message>
    </context>
    <context>
        <name>TraceExport</name>
        <message>
            <source>Export CSV…</source>
            <translation>匯出 CSV…</translation>
            <extra-zh_CN>导出 CSV…</extra-zh_CN>
            <extra-converted>匯出 CSV…</extra-converted>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>匯出 Markdown…</translation>
            <extra-zh_CN>导出 Markdown…</extra-zh_CN>
            <extra-converted>匯出 Markdown…</extra-converted>
        </message>
        <message>
            <source>Save every step of the trace as a CSV table.</source>
            <translation>把追蹤的每一步儲存為 CSV 表格。</translation>
            <extra-zh_CN>把追踪的每一步保存为 CSV 表格。</extra-zh_CN>
            <extra-converted>把追蹤的每一步儲存為 CSV 表格。</extra-converted>
        </message>
        <message>
            <source>Save every step of the trace as a Markdown table.</source>
            <translation>把追蹤的每一步儲存為 Markdown 表格。</translation>
            <extra-zh_CN>把追踪的每一步保存为 Markdown 表格。</extra-zh_CN>
            <extra-converted>把追蹤的每一步儲存為 Markdown 表格。</extra-converted>
        </message>
        <message>
            <source>Export the trace as CSV</source>
            <translation>把追蹤匯出為 CSV</translation>
            <extra-zh_CN>把追踪导出为 CSV</extra-zh_CN>
            <extra-converted>把追蹤匯出為 CSV</extra-converted>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
            <extra-zh_CN>CSV 文件 (*.csv)</extra-zh_CN>
            <extra-converted>CSV 檔案 (*.csv)</extra-converted>
        </message>
        <message>
            <source>Export the trace as Markdown</source>
            <translation>把追蹤匯出為 Markdown</translation>
            <extra-zh_CN>把追踪导出为 Markdown</extra-zh_CN>
            <extra-converted>把追蹤匯出為 Markdown</extra-converted>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Markdown 檔案 (*.md)</translation>
            <extra-zh_CN>Markdown 文件 (*.md)</extra-zh_CN>
            <extra-converted>Markdown 檔案 (*.md)</extra-converted>
        </message>
        <message>
            <source>Saved the trace to %1.</source>
            <translation>已把追蹤儲存到 %1。</translation>
            <extra-zh_CN>已把追踪保存到 %1。</extra-zh_CN>
            <extra-converted>已把追蹤儲存到 %1。</extra-converted>
        </message>
    </context>
    <context>
        <name>TracePanel</name>
        <message>
            <source>forward</source>
            <translation>前向</translation>
            <extra-zh_CN>前向</extra-zh_CN>
            <extra-converted>前向</extra-converted>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
            <extra-zh_CN>损失</extra-zh_CN>
            <extra-converted>損失</extra-converted>
        </message>
        <message>
            <source>backward</source>
            <translation>反向</translation>
            <extra-zh_CN>反向</extra-zh_CN>
            <extra-converted>反向</extra-converted>
        </message>
        <message>
            <source>gradient</source>
            <translation>梯度</translation>
            <extra-zh_CN>梯度</extra-zh_CN>
            <extra-converted>梯度</extra-converted>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
            <extra-zh_CN>更新</extra-zh_CN>
            <extra-converted>更新</extra-converted>
        </message>
        <message>
            <source>phase</source>
            <translation>階段</translation>
            <extra-zh_CN>阶段</extra-zh_CN>
            <extra-converted>階段</extra-converted>
        </message>
        <message>
            <source>symbol</source>
            <translation>符號</translation>
            <extra-zh_CN>符号</extra-zh_CN>
            <extra-converted>符號</extra-converted>
        </message>
        <message>
            <source>formula with numbers</source>
            <translation>代入數字的公式</translation>
            <extra-zh_CN>代入数字的公式</extra-zh_CN>
            <extra-converted>代入數字的公式</extra-converted>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
            <extra-zh_CN>值</extra-zh_CN>
            <extra-converted>值</extra-converted>
        </message>
        <message>
            <source>check</source>
            <translation>檢驗</translation>
            <extra-zh_CN>检验</extra-zh_CN>
            <extra-converted>檢驗</extra-converted>
        </message>
        <message>
            <source>rel. error</source>
            <translation>相對誤差</translation>
            <extra-zh_CN>相对误差</extra-zh_CN>
            <extra-converted>相對誤差</extra-converted>
        </message>
        <message>
            <source>Backpropagation trace</source>
            <translation>反向傳播追蹤</translation>
            <extra-zh_CN>反向传播追踪</extra-zh_CN>
            <extra-converted>反向傳播追蹤</extra-converted>
        </message>
        <message>
            <source>Backward pass as a reversed network</source>
            <translation>把反向傳遞畫成反轉的網路</translation>
            <extra-zh_CN>把反向传递画成反转的网络</extra-zh_CN>
            <extra-converted>把反向傳遞畫成反轉的網路</extra-converted>
        </message>
        <message>
            <source>Mirror the network: ∂L/∂z flows from the output back through the same weights, and each neuron amplifies it by σ′(z) (the triangles).</source>
            <translation>把網路鏡像過來：∂L/∂z 從輸出經過同樣的權重往回流，每個神經元再把它乘以 σ′(z)（三角形）。</translation>
            <extra-zh_CN>把网络镜像过来：∂L/∂z 从输出经过同样的权重往回流，每个神经元再把它乘以 σ′(z)（三角形）。</extra-zh_CN>
            <extra-converted>把網路鏡像過來：∂L/∂z 從輸出經過同樣的權重往回流，每個神經元再把它乘以 σ′(z)（三角形）。</extra-converted>
        </message>
        <message>
            <source>Steps</source>
            <translation>步驟</translation>
            <extra-zh_CN>步骤</extra-zh_CN>
            <extra-converted>步驟</extra-converted>
        </message>
        <message>
            <source>Batch: ∂Cⁿ/∂w per sample</source>
            <translation>批次：每個樣本的 ∂Cⁿ/∂w</translation>
            <extra-zh_CN>批量：每个样本的 ∂Cⁿ/∂w</extra-zh_CN>
            <extra-converted>批次：每個樣本的 ∂Cⁿ/∂w</extra-converted>
        </message>
        <message>
            <source>Why backprop is cheap</source>
            <translation>反向傳播為什麼快</translation>
            <extra-zh_CN>反向传播为什么快</extra-zh_CN>
            <extra-converted>反向傳播為什麼快</extra-converted>
        </message>
        <message>
            <source>Numerical check: the central difference (L(θ + h) − L(θ − h)) / 2h with h = 10⁻⁶, the gradient measured without backpropagation.</source>
            <translation>數值檢驗：中心差分 (L(θ + h) − L(θ − h)) / 2h，h = 10⁻⁶，即不用反向傳播測得的梯度。</translation>
            <extra-zh_CN>数值检验：中心差分 (L(θ + h) − L(θ − h)) / 2h，h = 10⁻⁶，即不用反向传播测得的梯度。</extra-zh_CN>
            <extra-converted>數值檢驗：中心差分 (L(θ + h) − L(θ − h)) / 2h，h = 10⁻⁶，即不用反向傳播測得的梯度。</extra-converted>
        </message>
        <message>
            <source>Relative error |g − check| / max(|g|, |check|): ✓ below 10⁻⁴, the two agree.</source>
            <translation>相對誤差 |g − 檢驗| / max(|g|, |檢驗|)：✓ 低於 10⁻⁴，兩者一致。</translation>
            <extra-zh_CN>相对误差 |g − 检验| / max(|g|, |检验|)：✓ 低于 10⁻⁴，两者一致。</extra-zh_CN>
            <extra-converted>相對誤差 |g − 檢驗| / max(|g|, |檢驗|)：✓ 低於 10⁻⁴，兩者一致。</extra-converted>
        </message>
        <message>
            <source>Training diverged; the trace keeps its last finite numbers. %1</source>
            <translation>訓練發散了；追蹤保留最後一組有限的數值。%1</translation>
            <extra-zh_CN>训练发散了；追踪保留最后一组有限的数值。%1</extra-zh_CN>
            <extra-converted>訓練發散了；追蹤保留最後一組有限的數值。%1</extra-converted>
        </message>
        <message>
            <source>This value is computed. Double-click a gradient or update row, an edge or a node to change a weight, a bias or an input.</source>
            <translation>這個值是算出來的。雙擊梯度列或更新列、連線或節點，可修改權重、偏置或輸入。</translation>
            <extra-zh_CN>这个值是算出来的。双击梯度行或更新行、连线或节点，可修改权重、偏置或输入。</extra-zh_CN>
            <extra-converted>這個值是算出來的。雙擊梯度列或更新列、連線或節點，可修改權重、偏置或輸入。</extra-converted>
        </message>
        <message>
            <source>%1 = %2 would overflow (beyond ±1.8×10³⁰⁸). Choose smaller weights, inputs or learning rate η; nothing changed.</source>
            <translation>%1 = %2 會溢位（超出 ±1.8×10³⁰⁸）。請選擇更小的權重、輸入或學習率 η；沒有做任何改變。</translation>
            <extra-zh_CN>%1 = %2 会溢出（超出 ±1.8×10³⁰⁸）。请选择更小的权重、输入或学习率 η；没有做任何改变。</extra-zh_CN>
            <extra-converted>%1 = %2 會溢位（超出 ±1.8×10³⁰⁸）。請選擇更小的權重、輸入或學習率 η；沒有做任何改變。</extra-converted>
        </message>
        <message>
            <source>Step 0 of %1</source>
            <translation>第 0 步，共 %1 步</translation>
            <extra-zh_CN>第 0 步，共 %1 步</extra-zh_CN>
            <extra-converted>第 0 步，共 %1 步</extra-converted>
        </message>
        <message>
            <source>Press Next to compute the first value.</source>
            <translation>按「下一步」計算第一個值。</translation>
            <extra-zh_CN>按“下一步”计算第一个值。</extra-zh_CN>
            <extra-converted>按「下一步」計算第一個值。</extra-converted>
        </message>
        <message>
            <source>Double-click an edge, a node or a gradient row to change a number.</source>
            <translation>雙擊連線、節點或梯度列可修改數值。</translation>
            <extra-zh_CN>双击连线、节点或梯度行可修改数值。</extra-zh_CN>
            <extra-converted>雙擊連線、節點或梯度列可修改數值。</extra-converted>
        </message>
        <message>
            <source>Step %1 of %2 · %3</source>
            <translation>第 %1 步，共 %2 步 · %3</translation>
            <extra-zh_CN>第 %1 步，共 %2 步 · %3</extra-zh_CN>
            <extra-converted>第 %1 步，共 %2 步 · %3</extra-converted>
        </message>
        <message>
            <source>%1 · sample 1 of %2</source>
            <translation>%1 · 第 1 個樣本（共 %2 個）</translation>
            <extra-zh_CN>%1 · 第 1 个样本（共 %2 个）</extra-zh_CN>
            <extra-converted>%1 · 第 1 個樣本（共 %2 個）</extra-converted>
        </message>
        <message>
            <source>L per iteration   %1</source>
            <translation>每次迭代的 L   %1</translation>
            <extra-zh_CN>每次迭代的 L   %1</extra-zh_CN>
            <extra-converted>每次迭代的 L   %1</extra-converted>
        </message>
        <message>
            <source>inputs</source>
            <translation>輸入</translation>
            <extra-zh_CN>输入</extra-zh_CN>
            <extra-converted>輸入</extra-converted>
        </message>
        <message>
            <source>layer %1 · %2</source>
            <translation>第 %1 層 · %2</translation>
            <extra-zh_CN>第 %1 层 · %2</extra-zh_CN>
            <extra-converted>第 %1 層 · %2</extra-converted>
        </message>
        <message>
            <source>layer %1 (output) · %2</source>
            <translation>第 %1 層（輸出層）· %2</translation>
            <extra-zh_CN>第 %1 层（输出层）· %2</extra-zh_CN>
            <extra-converted>第 %1 層（輸出層）· %2</extra-converted>
        </message>
    </context>
    <context>
        <name>TraceStepper</name>
        <message>
            <source>Restart</source>
            <translation>重新開始</translation>
            <extra-zh_CN>重新开始</extra-zh_CN>
            <extra-converted>重新開始</extra-converted>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ 上一步</translation>
            <extra-zh_CN>◀ 上一步</extra-zh_CN>
            <extra-converted>◀ 上一步</extra-converted>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>下一步 ▶</translation>
            <extra-zh_CN>下一步 ▶</extra-zh_CN>
            <extra-converted>下一步 ▶</extra-converted>
        </message>
        <message>
            <source>Run to end ▶▶</source>
            <translation>執行到底 ▶▶</translation>
            <extra-zh_CN>运行到底 ▶▶</extra-zh_CN>
            <extra-converted>執行到底 ▶▶</extra-converted>
        </message>
        <message>
            <source>Back to step 0: nothing computed yet.</source>
            <translation>回到第 0 步：什麼都還沒算。</translation>
            <extra-zh_CN>回到第 0 步：什么都还没算。</extra-zh_CN>
            <extra-converted>回到第 0 步：什麼都還沒算。</extra-converted>
        </message>
        <message>
            <source>Undo the last step of the trace.</source>
            <translation>復原追蹤的上一步。</translation>
            <extra-zh_CN>撤销追踪的上一步。</extra-zh_CN>
            <extra-converted>復原追蹤的上一步。</extra-converted>
        </message>
        <message>
            <source>Compute the next value: forward pass, loss, backward pass, gradients, update.</source>
            <translation>計算下一個值：前向傳遞、損失、反向傳遞、梯度、更新。</translation>
            <extra-zh_CN>计算下一个值：前向传递、损失、反向传递、梯度、更新。</extra-zh_CN>
            <extra-converted>計算下一個值：前向傳遞、損失、反向傳遞、梯度、更新。</extra-converted>
        </message>
        <message>
            <source>Compute every remaining step of this iteration.</source>
            <translation>計算這次迭代剩下的所有步驟。</translation>
            <extra-zh_CN>计算这次迭代剩下的所有步骤。</extra-zh_CN>
            <extra-converted>計算這次迭代剩下的所有步驟。</extra-converted>
        </message>
        <message>
            <source>Apply update</source>
            <translation>執行更新</translation>
            <extra-zh_CN>执行更新</extra-zh_CN>
            <extra-converted>執行更新</extra-converted>
        </message>
        <message>
            <source>Move every weight and bias to w⁺ = w − η·∂L/∂w and trace the next iteration.</source>
            <translation>把每個權重和偏置移到 w⁺ = w − η·∂L/∂w，並追蹤下一次迭代。</translation>
            <extra-zh_CN>把每个权重和偏置移到 w⁺ = w − η·∂L/∂w，并追踪下一次迭代。</extra-zh_CN>
            <extra-converted>把每個權重和偏置移到 w⁺ = w − η·∂L/∂w，並追蹤下一次迭代。</extra-converted>
        </message>
    </context>
    <context>
        <name>UnitsSpinBox</name>
        <message>
            <source>A layer needs a number of neurons; the box was empty.</source>
            <translation>一層需要填寫神經元個數；輸入框是空的。</translation>
            <extra-zh_CN>一层需要填写神经元个数；输入框是空的。</extra-zh_CN>
            <extra-converted>一層需要填寫神經元個數；輸入框是空的。</extra-converted>
        </message>
        <message>
            <source>A layer has 1 to %1 neurons, not %2.</source>
            <translation>一層有 1 到 %1 個神經元，不能是 %2。</translation>
            <extra-zh_CN>一层有 1 到 %1 个神经元，不能是 %2。</extra-zh_CN>
            <extra-converted>一層有 1 到 %1 個神經元，不能是 %2。</extra-converted>
        </message>
    </context>
    <context>
        <name>WeightsPanel</name>
        <message>
            <source>Weights</source>
            <translation>權重</translation>
            <extra-zh_CN>权重</extra-zh_CN>
            <extra-converted>權重</extra-converted>
        </message>
        <message>
            <source>feature j: views j days before (xⱼ)</source>
            <translation>特徵 j：j 天前的觀看量（xⱼ）</translation>
            <extra-zh_CN>特征 j：j 天前的观看量（xⱼ）</extra-zh_CN>
            <extra-converted>特徵 j：j 天前的觀看量（xⱼ）</extra-converted>
        </message>
        <message>
            <source>weight wⱼ</source>
            <translation>權重 wⱼ</translation>
            <extra-zh_CN>权重 wⱼ</extra-zh_CN>
            <extra-converted>權重 wⱼ</extra-converted>
        </message>
        <message>
            <source>bias b = %1</source>
            <translation>偏置 b = %1</translation>
            <extra-zh_CN>偏置 b = %1</extra-zh_CN>
            <extra-converted>偏置 b = %1</extra-converted>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
            <extra-zh_CN>语言(&amp;L)</extra-zh_CN>
            <extra-converted>語言(&amp;L)</extra-converted>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主題(&amp;T)</translation>
            <extra-zh_CN>主题(&amp;T)</extra-zh_CN>
            <extra-converted>主題(&amp;T)</extra-converted>
        </message>
        <message>
            <source>Light</source>
            <translation>淺色</translation>
            <extra-zh_CN>浅色</extra-zh_CN>
            <extra-converted>淺色</extra-converted>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
            <extra-zh_CN>深色</extra-zh_CN>
            <extra-converted>深色</extra-converted>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>簡報模式(&amp;P)</translation>
            <extra-zh_CN>演示模式(&amp;P)</extra-zh_CN>
            <extra-converted>簡報模式(&amp;P)</extra-converted>
        </message>
        <message>
            <source>For a projector: larger fonts and thicker lines, light background, high-contrast colours.</source>
            <translation>適合投影機：更大的字型、更粗的線條、淺色背景、高對比度顏色。</translation>
            <extra-zh_CN>适合投影仪：更大的字体、更粗的线条、浅色背景、高对比度颜色。</extra-zh_CN>
            <extra-converted>適合投影機：更大的字型、更粗的線條、淺色背景、高對比度顏色。</extra-converted>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>全螢幕(&amp;F)</translation>
            <extra-zh_CN>全屏(&amp;F)</extra-zh_CN>
            <extra-converted>全螢幕(&amp;F)</extra-converted>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
            <extra-zh_CN>帮助(&amp;H)</extra-zh_CN>
            <extra-converted>說明(&amp;H)</extra-converted>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>鍵盤快捷鍵(&amp;K)</translation>
            <extra-zh_CN>键盘快捷键(&amp;K)</extra-zh_CN>
            <extra-converted>鍵盤快捷鍵(&amp;K)</extra-converted>
        </message>
        <message>
            <source>&amp;Glossary (English ↔ 中文)</source>
            <translation>術語表（English ↔ 中文）(&amp;G)</translation>
            <extra-zh_CN>术语表（English ↔ 中文）(&amp;G)</extra-zh_CN>
            <extra-converted>術語表（English ↔ 中文）(&amp;G)</extra-converted>
        </message>
        <message>
            <source>Keys</source>
            <translation>按鍵</translation>
            <extra-zh_CN>按键</extra-zh_CN>
            <extra-converted>按鍵</extra-converted>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
            <extra-zh_CN>操作</extra-zh_CN>
            <extra-converted>操作</extra-converted>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快捷鍵</translation>
            <extra-zh_CN>键盘快捷键</extra-zh_CN>
            <extra-converted>鍵盤快捷鍵</extra-converted>
        </message>
        <message>
            <source>Glossary</source>
            <translation>術語表</translation>
            <extra-zh_CN>术语表</extra-zh_CN>
            <extra-converted>術語表</extra-converted>
        </message>
    </context>
</TS>

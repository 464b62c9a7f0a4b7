"""The comments and printed words of an exported script, in English and Chinese.

Each entry is (English, 简体中文); the Traditional Chinese (繁體中文) ones are converted from
the Simplified at development time into ``texts_zh_TW.py``. A script is written in one
language, the window's.
"""

from __future__ import annotations

from applet.export.texts_zh_TW import TEXTS_ZH_TW

LANGUAGES = ("en", "zh_CN", "zh_TW")

TEXTS: dict[str, tuple[str, str]] = {
    "title": (
        "Deep Learning Applet: the lesson {lesson}, exported as a {flavour} script.",
        "深度学习小程序：课程 {lesson}，导出为 {flavour} 脚本。",
    ),
    "intro": (
        "It trains the same network on the same data with the same start, loss, optimizer,\n"
        "batches and seed as the window did, for the same number of updates:\n"
        "    python {script}\n"
        "It prints the loss of every PRINT_EVERY-th update, then L′ and, last, L as the\n"
        "window's status bar shows them (L: the mean loss over the last complete epoch).",
        "它用与窗口中相同的数据、起点、损失、优化器、批量和随机种子训练同一个网络，\n"
        "更新次数也相同：\n"
        "    python {script}\n"
        "它每隔 PRINT_EVERY 次更新打印一次损失，最后打印 L′ 和 L，与窗口状态栏显示的一致\n"
        "（L：最近一个完整回合的平均损失）。",
    ),
    "reported": (
        "The app reported after {updates} updates: L = {L}, L′ = {L_val}.",
        "小程序在 {updates} 次更新后显示：L = {L}，L′ = {L_val}。",
    ),
    "partial": (
        "Only the first {updates} of the window's {saved} updates are replayed: at update {next}\n"
        "a setting or a weight was changed while training ran, which a script cannot repeat.",
        "只重放了窗口中 {saved} 次更新里的前 {updates} 次：在第 {next} 次更新时，训练过程中\n"
        "改动了某个设置或权重，脚本无法重复这一点。",
    ),
    "stopped": (
        "The app stops after {updates} updates ({reason}), so the script does too.",
        "小程序在 {updates} 次更新后停止（{reason}），脚本也一样。",
    ),
    "needs_numpy": ("Needs NumPy only (pip install numpy).", "只需要 NumPy（pip install numpy）。"),
    "needs_torch": (
        "Needs PyTorch and NumPy: pip install torch numpy (pytorch.org shows how to get\n"
        "the smaller CPU-only build). The app itself never needs PyTorch.",
        "需要 PyTorch 和 NumPy：pip install torch numpy（在 pytorch.org 可以找到体积更小的\n"
        "纯 CPU 版本）。小程序本身从不需要 PyTorch。",
    ),
    "threads": (
        "One BLAS thread, as the app uses: sums of products are then added in the same\n"
        "order, so the numbers come out the same, bit for bit.",
        "与小程序一样只用一个 BLAS 线程：乘积之和按同样的顺序相加，\n结果逐位相同。",
    ),
    "settings": ("Settings, as in the window", "设置（与窗口中相同）"),
    "seed": ("the same seed: the same start and the same batches", "同样的种子：同样的起点、同样的批量"),
    "layers": (
        "(neurons, activation) of every layer; the last is the output",
        "每一层的（神经元个数，激活函数）；最后一层是输出层",
    ),
    "lr": ("η, the learning rate", "η，学习率"),
    "batch_full": ("all {n} training samples: full-batch gradient descent", "全部 {n} 个训练样本：全批量梯度下降"),
    "batch_mini": ("samples per update, of {n}", "每次更新所用的样本数（共 {n} 个）"),
    "weight_decay": (
        "λ: the gradients of L + (λ/2)·Σ‖W‖² (weights, not biases); the printed losses are the plain L",
        "λ：梯度来自 L + (λ/2)·Σ‖W‖²（只含权重，不含偏置）；打印的损失是不含此项的 L",
    ),
    "decay_gradient": ("weight decay: ∂/∂W of (λ/2)·‖W‖² is λ·W", "权重衰减：(λ/2)·‖W‖² 对 W 的导数是 λ·W"),
    "torch_decay": (
        "Weight decay on the weights only (torch's weight_decay adds λ·θ to each gradient)",
        "只对权重做权重衰减（torch 的 weight_decay 给每个梯度加上 λ·θ）",
    ),
    "updates": ("updates the window had done", "窗口中已完成的更新次数"),
    "print_every": ("print the loss of every this many updates", "每隔这么多次更新打印一次损失"),
    "data": ("Data", "数据"),
    "data_csv": (
        "{file} beside this script: one row per sample; column unseen is 1 for the\n"
        "validation (unseen) samples, which are never trained on and give L′;\n"
        "then the target(s) y, then the inputs x1, x2, …",
        "本脚本旁边的 {file}：每行一个样本；unseen 列为 1 的是验证（未见）样本，\n"
        "它们从不参与训练，用来算 L′；接着是目标 y，然后是输入 x1、x2、……",
    ),
    "data_npz": (
        "{file} beside this script: inputs X and class labels y of the training and the\n"
        "validation (unseen) samples; the unseen ones are never trained on and give L′.",
        "本脚本旁边的 {file}：训练样本和验证（未见）样本的输入 X 与类别标签 y；\n未见样本从不参与训练，用来算 L′。",
    ),
    "data_inline": ("The samples, written out (inputs X, targets Y).", "样本直接写在这里（输入 X，目标 Y）。"),
    "data_labels": ("Y holds class indices 0, 1, …", "Y 是类别编号 0、1、……"),
    "start": ("The start: the parameters before the first update", "起点：第一次更新之前的参数"),
    "start_seeded": (
        "Drawn from the seed exactly as the app draws them: W⁽ˡ⁾ has shape (fan_in, fan_out)\n"
        "(column j: the weights into neuron j), normal numbers times He's scale √(2/fan_in)\n"
        "for ReLU or Glorot's √(2/(fan_in+fan_out)) otherwise; biases 0 (0.5 for a hard sigmoid).",
        "按小程序的方式由种子抽取：W⁽ˡ⁾ 的形状为 (fan_in, fan_out)（第 j 列是进入神经元 j 的权重），\n"
        "正态随机数乘以尺度：ReLU 用 He 的 √(2/fan_in)，其他用 Glorot 的 √(2/(fan_in+fan_out))；\n"
        "偏置为 0（硬 sigmoid 为 0.5）。",
    ),
    "start_spread": (
        "Then, as the app does for one input → k neurons → one output, the hidden neurons'\n"
        "kinks are spread evenly over the x of the data: neuron i gets the i-th of k equal\n"
        "stretches of [lo, hi], so every neuron has its own piece of the curve to fit.",
        "然后，和小程序对“一个输入 → k 个神经元 → 一个输出”的网络所做的一样，把隐藏神经元的\n"
        "拐点均匀地铺在数据的 x 上：神经元 i 负责 [lo, hi] 的 k 段中的第 i 段，\n"
        "这样每个神经元都有自己要拟合的一段曲线。",
    ),
    "start_given": (
        "This run started from parameters chosen in the window (not drawn from the seed),\n"
        "so they are written out here.",
        "这次训练的起点是在窗口中选定的参数（不是由种子抽取的），所以直接写在这里。",
    ),
    "start_file": (
        "This run started from parameters chosen in the window (not drawn from the seed):\n"
        "{file} beside this script holds them, W1, b1, W2, b2, …",
        "这次训练的起点是在窗口中选定的参数（不是由种子抽取的）：\n本脚本旁边的 {file} 保存了它们：W1、b1、W2、b2、……",
    ),
    "activations_title": ("Activation functions", "激活函数"),
    "optimizer_title": ("The optimizer", "优化器"),
    "network_torch": ("The network, its loss and its optimizer in PyTorch", "PyTorch 中的网络、损失和优化器"),
    "activations": (
        "Activation functions a = σ(z), and their slopes σ′ written with a = σ(z)\n"
        "(backpropagation multiplies by them; None: a linear layer, σ′ = 1)",
        "激活函数 a = σ(z)，以及用 a = σ(z) 表示的斜率 σ′\n（反向传播要乘以它；None：线性层，σ′ = 1）",
    ),
    "overflow": (
        "below z ≈ −709, e^(−z) overflows to ∞ and 1/(1+∞) = 0 is right",
        "z 小于约 −709 时 e^(−z) 溢出为 ∞，1/(1+∞) = 0 正是正确的值",
    ),
    "kink_slope": ("at a kink the slope is taken as 0", "在拐点处斜率取 0"),
    "loss": ("The loss L and its gradient ∂L/∂ŷ", "损失 L 和它的梯度 ∂L/∂ŷ"),
    "loss_mse": ("MSE: L = mean of (ŷ − y)² over all elements", "均方误差 MSE：L = 所有元素 (ŷ − y)² 的平均"),
    "loss_mae": ("MAE: L = mean of |ŷ − y| over all elements", "平均绝对误差 MAE：L = 所有元素 |ŷ − y| 的平均"),
    "loss_half_sse": (
        "½·SSE: L = ½ Σ over outputs of (ŷ − y)², averaged over samples",
        "½·SSE：L = ½ Σ（对各输出）(ŷ − y)²，再对样本取平均",
    ),
    "loss_cross_entropy": (
        "Cross-entropy: p = softmax(ŷ) over the outputs, L = −mean over samples of log p[y];\n"
        "∂L/∂ŷ = (p − one-hot(y)) / n",
        "交叉熵：p = softmax(ŷ)（对各输出），L = −（对样本平均）log p[y]；\n∂L/∂ŷ = (p − one-hot(y)) / n",
    ),
    "log_softmax": (
        "log softmax, shifted by the largest output so that exp never overflows",
        "log softmax，先减去最大的输出，exp 就不会溢出",
    ),
    "network": ("The network: forward pass and backpropagation", "网络：前向传播与反向传播"),
    "forward": (
        "Forward pass: a⁽⁰⁾ = x, z⁽ˡ⁾ = a⁽ˡ⁻¹⁾·W⁽ˡ⁾ + b⁽ˡ⁾, a⁽ˡ⁾ = σ(z⁽ˡ⁾); returns every a⁽ˡ⁾",
        "前向传播：a⁽⁰⁾ = x，z⁽ˡ⁾ = a⁽ˡ⁻¹⁾·W⁽ˡ⁾ + b⁽ˡ⁾，a⁽ˡ⁾ = σ(z⁽ˡ⁾)；返回每一层的 a⁽ˡ⁾",
    ),
    "backward": (
        "Backpropagation, the chain rule from the output back:\n"
        "  ∂L/∂z⁽ˡ⁾ = ∂L/∂a⁽ˡ⁾ ⊙ σ′        (the delta)\n"
        "  ∂L/∂W⁽ˡ⁾ = a⁽ˡ⁻¹⁾ᵀ · ∂L/∂z⁽ˡ⁾    (forward value × backward value)\n"
        "  ∂L/∂b⁽ˡ⁾ = Σ over samples of ∂L/∂z⁽ˡ⁾\n"
        "  ∂L/∂a⁽ˡ⁻¹⁾ = ∂L/∂z⁽ˡ⁾ · W⁽ˡ⁾ᵀ",
        "反向传播：从输出往回用链式法则：\n"
        "  ∂L/∂z⁽ˡ⁾ = ∂L/∂a⁽ˡ⁾ ⊙ σ′        （delta）\n"
        "  ∂L/∂W⁽ˡ⁾ = a⁽ˡ⁻¹⁾ᵀ · ∂L/∂z⁽ˡ⁾    （前向的值 × 反向的值）\n"
        "  ∂L/∂b⁽ˡ⁾ = 对样本求和 ∂L/∂z⁽ˡ⁾\n"
        "  ∂L/∂a⁽ˡ⁻¹⁾ = ∂L/∂z⁽ˡ⁾ · W⁽ˡ⁾ᵀ",
    ),
    "opt_gd": ("Gradient descent: θ ← θ − η·g", "梯度下降：θ ← θ − η·g"),
    "opt_momentum": (
        "Momentum: m ← β·m − η·g;  θ ← θ + m  (keep some of the last movement)",
        "动量：m ← β·m − η·g；θ ← θ + m（保留一部分上一步的移动）",
    ),
    "opt_adam": (
        "Adam: running means m of g and v of g², bias-corrected at update t;\nθ ← θ − η·m̂ / (√v̂ + ε)",
        "Adam：g 的滑动平均 m 和 g² 的滑动平均 v，在第 t 次更新时做偏差校正；\nθ ← θ − η·m̂ / (√v̂ + ε)",
    ),
    "torch_model": (
        "The network as torch.nn.Sequential, in float64 like the app, with the same start.\n"
        "torch keeps a layer's weights as (fan_out, fan_in): the transpose of the app's W.",
        "用 torch.nn.Sequential 表示的网络，与小程序一样用 float64，起点相同。\n"
        "torch 把一层的权重存为 (fan_out, fan_in)：是小程序 W 的转置。",
    ),
    "torch_start": (
        "The start, the same numbers as above, copied into the layers",
        "起点：与上面相同的数，复制到各层中",
    ),
    "torch_loss": ("The loss, as torch computes it (mean over the batch)", "损失，由 torch 计算（对批量取平均）"),
    "torch_half_sse": (
        "½·SSE has no torch class: ½ Σ (ŷ − y)², averaged over samples",
        "½·SSE 在 torch 中没有现成的类：½ Σ (ŷ − y)²，再对样本取平均",
    ),
    "torch_hard_sigmoid": ("hard sigmoid: min(1, max(0, z))", "硬 sigmoid：min(1, max(0, z))"),
    "torch_optimizer": (
        "The optimizer from torch.optim (the same rule as the app's, written by torch)",
        "来自 torch.optim 的优化器（与小程序的规则相同，由 torch 实现）",
    ),
    "batches": ("Batches", "批量"),
    "batches_full": (
        "Full batch: every update looks at all training samples (one update = one epoch).",
        "全批量：每次更新都用全部训练样本（一次更新 = 一个回合）。",
    ),
    "batches_mini": (
        "Mini-batches: at the start of every epoch a fresh shuffle of the samples, drawn\n"
        "from a generator of its own seeded with SEED (as the app's trainer does); then\n"
        "BATCH_SIZE samples at a time (the last batch of an epoch may be smaller).",
        "小批量：每个回合开始时重新打乱样本，随机数来自另一个用 SEED 作种子的生成器\n"
        "（和小程序的训练器一样）；然后每次取 BATCH_SIZE 个样本（一个回合的最后一批可能更小）。",
    ),
    "training": ("Training", "训练"),
    "start_L": (
        "Until the first epoch ends, the window shows the losses at the start.",
        "第一个回合结束之前，窗口显示的是起点的损失。",
    ),
    "one_update": (
        "One update: the loss and gradients on the batch, then one step of the optimizer",
        "一次更新：算出这个批量上的损失和梯度，优化器走一步",
    ),
    "epoch_end": (
        "End of an epoch: L is the mean loss over its batches, L′ the loss on the unseen data",
        "一个回合结束：L 是各批量损失的平均，L′ 是未见数据上的损失",
    ),
    "header": ("update  loss of the batch", "更新  这个批量的损失"),
    "accuracy": ("accuracy on unseen data", "未见数据上的准确率"),
}


def text(key: str, language: str, **values) -> str:
    """The text ``key`` in ``language`` ("en", "zh_CN" or "zh_TW"), with ``values`` filled in."""
    english, chinese = TEXTS[key]
    chosen = {"zh_CN": chinese, "zh_TW": TEXTS_ZH_TW[key]}.get(language, english)
    return chosen.format(**values) if values else chosen

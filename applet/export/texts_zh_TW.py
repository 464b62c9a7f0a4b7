"""The exported scripts' comments in Traditional Chinese (Taiwan), converted from the
Simplified ones in ``texts.py`` by ``packaging/convert_export_texts.py``: do not edit by hand."""

TEXTS_ZH_TW: dict[str, str] = {
    "title": "深度學習小程式：課程 {lesson}，匯出為 {flavour} 指令碼。",
    "intro": (
        "它用與視窗中相同的資料、起點、損失、最佳化器、批次和隨機種子訓練同一個網路，\n"
        "更新次數也相同：\n"
        "    python {script}\n"
        "它每隔 PRINT_EVERY 次更新列印一次損失，最後列印 L′ 和 L，與視窗狀態列顯示的一致\n"
        "（L：最近一個完整 epoch 的平均損失）。"
    ),
    "reported": "小程式在 {updates} 次更新後顯示：L = {L}，L′ = {L_val}。",
    "partial": (
        "只重放了視窗中 {saved} 次更新裡的前 {updates} 次：在第 {next} 次更新時，訓練過程中\n"
        "改動了某個設定或權重，指令碼無法重複這一點。"
    ),
    "stopped": "小程式在 {updates} 次更新後停止（{reason}），指令碼也一樣。",
    "needs_numpy": "只需要 NumPy（pip install numpy）。",
    "needs_torch": (
        "需要 PyTorch 和 NumPy：pip install torch numpy（在 pytorch.org 可以找到體積更小的\n"
        "純 CPU 版本）。小程式本身從不需要 PyTorch。"
    ),
    "threads": ("與小程式一樣只用一個 BLAS 執行緒：乘積之和按同樣的順序相加，\n結果逐位相同。"),
    "settings": "設定（與視窗中相同）",
    "seed": "同樣的種子：同樣的起點、同樣的批次",
    "layers": "每一層的（神經元個數，激活函數）；最後一層是輸出層",
    "lr": "η，學習率",
    "batch_full": "全部 {n} 個訓練樣本：全批次梯度下降",
    "batch_mini": "每次更新所用的樣本數（共 {n} 個）",
    "weight_decay": "λ：梯度來自 L + (λ/2)·Σ‖W‖²（只含權重，不含偏置）；列印的損失是不含此項的 L",
    "decay_gradient": "權重衰減：(λ/2)·‖W‖² 對 W 的導數是 λ·W",
    "torch_decay": "只對權重做權重衰減（torch 的 weight_decay 給每個梯度加上 λ·θ）",
    "updates": "視窗中已完成的更新次數",
    "print_every": "每隔這麼多次更新列印一次損失",
    "data": "資料",
    "data_csv": (
        "本指令碼旁邊的 {file}：每行一個樣本；unseen 列為 1 的是驗證（未見）樣本，\n"
        "它們從不參與訓練，用來算 L′；接著是目標 y，然後是輸入 x1、x2、……"
    ),
    "data_npz": (
        "本指令碼旁邊的 {file}：訓練樣本和驗證（未見）樣本的輸入 X 與類別標籤 y；\n未見樣本從不參與訓練，用來算 L′。"
    ),
    "data_inline": "樣本直接寫在這裡（輸入 X，目標 Y）。",
    "data_labels": "Y 是類別編號 0、1、……",
    "start": "起點：第一次更新之前的參數",
    "start_seeded": (
        "按小程式的方式由種子抽取：W⁽ˡ⁾ 的形狀為 (fan_in, fan_out)（第 j 列是進入神經元 j 的權重），\n"
        "正態隨機數乘以尺度：ReLU 用 He 的 √(2/fan_in)，其他用 Glorot 的 √(2/(fan_in+fan_out))；\n"
        "偏置為 0（硬 sigmoid 為 0.5）。"
    ),
    "start_spread": (
        "然後，和小程式對「一個輸入 → k 個神經元 → 一個輸出」的網路所做的一樣，把隱藏神經元的\n"
        "拐點均勻地鋪在資料的 x 上：神經元 i 負責 [lo, hi] 的 k 段中的第 i 段，\n"
        "這樣每個神經元都有自己要擬合的一段曲線。"
    ),
    "start_given": "這次訓練的起點是在視窗中選定的參數（不是由種子抽取的），所以直接寫在這裡。",
    "start_file": (
        "這次訓練的起點是在視窗中選定的參數（不是由種子抽取的）：\n本指令碼旁邊的 {file} 儲存了它們：W1、b1、W2、b2、……"
    ),
    "activations_title": "激活函數",
    "optimizer_title": "最佳化器",
    "network_torch": "PyTorch 中的網路、損失和最佳化器",
    "activations": ("激活函數 a = σ(z)，以及用 a = σ(z) 表示的斜率 σ′\n（反向傳播要乘以它；None：線性層，σ′ = 1）"),
    "overflow": "z 小於約 −709 時 e^(−z) 溢位為 ∞，1/(1+∞) = 0 正是正確的值",
    "kink_slope": "在拐點處斜率取 0",
    "loss": "損失 L 和它的梯度 ∂L/∂ŷ",
    "loss_mse": "均方誤差 MSE：L = 所有元素 (ŷ − y)² 的平均",
    "loss_mae": "平均絕對誤差 MAE：L = 所有元素 |ŷ − y| 的平均",
    "loss_half_sse": "½·SSE：L = ½ Σ（對各輸出）(ŷ − y)²，再對樣本取平均",
    "loss_cross_entropy": (
        "交叉熵：p = softmax(ŷ)（對各輸出），L = −（對樣本平均）log p[y]；\n∂L/∂ŷ = (p − one-hot(y)) / n"
    ),
    "log_softmax": "log softmax，先減去最大的輸出，exp 就不會溢位",
    "network": "網路：前向傳播與反向傳播",
    "forward": "前向傳播：a⁽⁰⁾ = x，z⁽ˡ⁾ = a⁽ˡ⁻¹⁾·W⁽ˡ⁾ + b⁽ˡ⁾，a⁽ˡ⁾ = σ(z⁽ˡ⁾)；返回每一層的 a⁽ˡ⁾",
    "backward": (
        "反向傳播：從輸出往回用鏈式法則：\n"
        "  ∂L/∂z⁽ˡ⁾ = ∂L/∂a⁽ˡ⁾ ⊙ σ′        （delta）\n"
        "  ∂L/∂W⁽ˡ⁾ = a⁽ˡ⁻¹⁾ᵀ · ∂L/∂z⁽ˡ⁾    （前向的值 × 反向的值）\n"
        "  ∂L/∂b⁽ˡ⁾ = 對樣本求和 ∂L/∂z⁽ˡ⁾\n"
        "  ∂L/∂a⁽ˡ⁻¹⁾ = ∂L/∂z⁽ˡ⁾ · W⁽ˡ⁾ᵀ"
    ),
    "opt_gd": "梯度下降：θ ← θ − η·g",
    "opt_momentum": "動量：m ← β·m − η·g；θ ← θ + m（保留一部分上一步的移動）",
    "opt_adam": ("Adam：g 的滑動平均 m 和 g² 的滑動平均 v，在第 t 次更新時做偏差校正；\nθ ← θ − η·m̂ / (√v̂ + ε)"),
    "torch_model": (
        "用 torch.nn.Sequential 表示的網路，與小程式一樣用 float64，起點相同。\n"
        "torch 把一層的權重存為 (fan_out, fan_in)：是小程式 W 的轉置。"
    ),
    "torch_start": "起點：與上面相同的數，複製到各層中",
    "torch_loss": "損失，由 torch 計算（對批次取平均）",
    "torch_half_sse": "½·SSE 在 torch 中沒有現成的類：½ Σ (ŷ − y)²，再對樣本取平均",
    "torch_hard_sigmoid": "硬 sigmoid：min(1, max(0, z))",
    "torch_optimizer": "來自 torch.optim 的最佳化器（與小程式的規則相同，由 torch 實現）",
    "batches": "批次",
    "batches_full": "全批次：每次更新都用全部訓練樣本（一次更新 = 一個 epoch）。",
    "batches_mini": (
        "小批次：每個 epoch 開始時重新打亂樣本，隨機數來自另一個用 SEED 作種子的生成器\n"
        "（和小程式的訓練器一樣）；然後每次取 BATCH_SIZE 個樣本（一個 epoch 的最後一批可能更小）。"
    ),
    "training": "訓練",
    "start_L": "第一個 epoch 結束之前，視窗顯示的是起點的損失。",
    "one_update": "一次更新：算出這個批次上的損失和梯度，最佳化器走一步",
    "epoch_end": "一個 epoch 結束：L 是各批次損失的平均，L′ 是未見資料上的損失",
    "header": "更新  這個批次的損失",
    "accuracy": "未見資料上的準確率",
}

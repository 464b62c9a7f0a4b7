"""The backpropagation trace: every number right, in the lecture's order, and readable."""

import csv
import io
import itertools
import math

import numpy as np
import pytest

from applet.core.backprop import PHASES, fmt, numerical_gradient, relative_error, trace
from applet.core.errors import DataError
from applet.core.network import LayerSpec, Network

ACTIVATIONS = ["linear", "sigmoid", "hard_sigmoid", "relu", "tanh"]
LOSSES = ["mse", "mae", "half_sse", "cross_entropy"]


def make_case(act, output, loss, depth, seed):
    """A random network with `depth` hidden layers of `act`, an `output` layer and one sample."""
    rng = np.random.default_rng(seed)
    n_in, n_out = 3, (4 if loss == "cross_entropy" else 2)
    hidden = [LayerSpec(int(rng.integers(2, 5)), act) for _ in range(depth)]
    net = Network(n_in, hidden + [LayerSpec(n_out, output)], seed=seed)
    net.biases = [b + rng.normal(scale=0.3, size=b.shape) for b in net.biases]
    x = rng.normal(size=n_in)
    y = int(rng.integers(n_out)) if loss == "cross_entropy" else rng.normal(size=n_out)
    return net, x, y


def batch_of_one(x, y, loss):
    return np.asarray(x)[None], (np.array([y]) if loss == "cross_entropy" else np.asarray(y)[None])


CASES = sorted(
    {
        (act, out, loss, depth)
        for act, loss, depth in itertools.product(ACTIVATIONS, LOSSES, range(4))
        for out in (act, "linear")
    }
)


@pytest.fixture(params=CASES, ids=lambda c: "-".join(map(str, c)))
def case(request):
    act, out, loss, depth = request.param
    net, x, y = make_case(act, out, loss, depth, seed=depth * 31 + ACTIVATIONS.index(act))
    return net, x, y, loss


def test_gradients_equal_the_engine_and_central_differences(case):
    net, x, y, loss = case
    t = trace(net, x, y, loss=loss, lr=0.1)
    _, gW, gb = net.loss_and_grads(*batch_of_one(x, y, loss), loss=loss)
    tW, tb = t.gradients()
    for mine, engine in zip(tW + tb, gW + gb):
        np.testing.assert_allclose(mine, engine, rtol=1e-12, atol=1e-300)
    for step in t:
        if step.phase == "gradient":
            check = numerical_gradient(net, x, y, loss, step.layer, step.index)
            # central differences with h = 1e-6 carry round-off of about 1e-10 · L
            assert abs(step.value - check) <= 1e-6 * abs(step.value) + 1e-9, step.symbol
            assert relative_error(step.value, check) < 1e-4, step.symbol


def test_every_update_is_w_minus_eta_g(case):
    net, x, y, loss = case
    lr = 0.37
    t = trace(net, x, y, loss=loss, lr=lr)
    gW, gb = t.gradients()
    new_W, new_b = t.updated_parameters()
    for new, old, g in zip(new_W + new_b, net.weights + net.biases, gW + gb):
        np.testing.assert_array_equal(new, old - lr * g)
    _, eW, eb = net.loss_and_grads(*batch_of_one(x, y, loss), loss=loss)
    for new, old, g in zip(new_W + new_b, net.weights + net.biases, eW + eb):
        np.testing.assert_allclose(new, old - lr * g, rtol=1e-12, atol=1e-15)


def test_steps_come_in_the_lectures_order(case):
    net, x, y, loss = case
    t = trace(net, x, y, loss=loss)
    phases = [s.phase for s in t]
    assert phases == sorted(phases, key=PHASES.index)
    assert set(phases) == set(PHASES)
    n_layers = len(net.layers)
    units = [spec.units for spec in net.layers]

    forward = [(s.layer, s.index, s.kind) for s in t if s.phase == "forward"]
    assert forward == [(l, j, kind) for l in range(1, n_layers + 1) for j in range(units[l - 1]) for kind in ("z", "a")]

    loss_steps = [(s.kind, s.index) for s in t if s.phase == "loss"]
    if loss == "cross_entropy":
        assert loss_steps == [("p", k) for k in range(net.n_outputs)] + [("loss", None)]
    else:
        assert loss_steps == [("loss", None)]

    # output layer back to layer 1, neuron by neuron: ∂L/∂a then ∂L/∂z (softmax on a linear
    # output layer goes straight to ∂L/∂z = p − t)
    softmax_on_z = loss == "cross_entropy" and net.layers[-1].activation == "linear"
    backward = [(s.layer, s.index, s.kind) for s in t if s.phase == "backward"]
    assert backward == [
        (l, j, kind)
        for l in range(n_layers, 0, -1)
        for j in range(units[l - 1])
        for kind in (("dL/dz",) if l == n_layers and softmax_on_z else ("dL/da", "dL/dz"))
    ]

    for phase, kinds in (("gradient", ("dL/dw", "dL/db")), ("update", ("update_w", "update_b"))):
        steps = [s for s in t if s.phase == phase]
        assert len(steps) == net.n_parameters
        assert {(s.kind, s.layer, s.index) for s in steps} == {
            (kinds[0], l, (i, j))
            for l, (fan_in, fan_out) in enumerate(net.shapes, start=1)
            for i in range(fan_in)
            for j in range(fan_out)
        } | {(kinds[1], l, j) for l, (_, fan_out) in enumerate(net.shapes, start=1) for j in range(fan_out)}


def test_values_match_the_forward_pass(case):
    net, x, y, loss = case
    t = trace(net, x, y, loss=loss)
    zs, acts = net.forward_all(np.asarray(x)[None])
    for s in t:
        if s.kind == "z":
            assert s.value == zs[s.layer - 1][0, s.index]
        elif s.kind == "a":
            assert s.value == acts[s.layer][0, s.index]
    assert t.value("L") == pytest.approx(net.loss(*batch_of_one(x, y, loss), loss=loss), rel=1e-14)


def test_trace_leaves_the_network_unchanged(case):
    net, x, y, loss = case
    weights, biases = [w.copy() for w in net.weights], [b.copy() for b in net.biases]
    arrays = net.weights + net.biases
    trace(net, x, y, loss=loss, lr=0.5)
    numerical_gradient(net, x, y, loss, 1, (0, 0))
    numerical_gradient(net, x, y, loss, len(net.layers), 0)
    assert all(a is b for a, b in zip(arrays, net.weights + net.biases))
    for now, before in zip(net.weights + net.biases, weights + biases):
        np.testing.assert_array_equal(now, before)


# -- a published hand-worked example ------------------------------------------------------
def mazur_network():
    """Matt Mazur, "A Step by Step Backpropagation Example": 2 inputs, 2 sigmoid hidden, 2 sigmoid out.

    His w1…w8 in our (fan_in, fan_out) layout: W[i, j] goes from neuron i to neuron j, so
    w1 = i1→h1, w2 = i2→h1, w3 = i1→h2, w4 = i2→h2; w5 = h1→o1, w6 = h2→o1, w7 = h1→o2, w8 = h2→o2.
    """
    net = Network(2, [LayerSpec(2, "sigmoid"), LayerSpec(2, "sigmoid")])
    net.weights = [
        np.array(
            [
                [0.15, 0.25],  # w1 w3
                [0.20, 0.30],
            ]
        ),  # w2 w4
        np.array(
            [
                [0.40, 0.50],  # w5 w7
                [0.45, 0.55],
            ]
        ),
    ]  # w6 w8
    net.biases = [np.array([0.35, 0.35]), np.array([0.60, 0.60])]
    return net


# His E_total = Σ ½(target − out)², which is our MSE: the mean over 2 outputs is ½Σ.
MAZUR = [
    ("z₁⁽¹⁾", "0.3775"),  # net_h1
    ("a₁⁽¹⁾", "0.593269992"),  # out_h1
    ("a₂⁽¹⁾", "0.596884378"),  # out_h2
    ("a₁⁽²⁾", "0.75136507"),  # out_o1
    ("a₂⁽²⁾", "0.772928465"),  # out_o2
    ("L", "0.298371109"),  # E_total
    ("∂L/∂a₁⁽²⁾", "0.74136507"),  # ∂E_total/∂out_o1
    ("∂L/∂z₁⁽²⁾", "0.138498562"),  # δ_o1
    ("∂L/∂w₁₁⁽²⁾", "0.082167041"),  # ∂E_total/∂w5
    ("∂L/∂a₁⁽¹⁾", "0.036350306"),  # ∂E_total/∂out_h1
    ("∂L/∂w₁₁⁽¹⁾", "0.000438568"),  # ∂E_total/∂w1
    ("w₁₁⁽²⁾⁺", "0.35891648"),  # w5+
    ("w₂₁⁽²⁾⁺", "0.408666186"),  # w6+
    ("w₁₂⁽²⁾⁺", "0.511301270"),  # w7+
    ("w₂₂⁽²⁾⁺", "0.561370121"),  # w8+
    ("w₁₁⁽¹⁾⁺", "0.149780716"),  # w1+
    ("w₂₁⁽¹⁾⁺", "0.19956143"),  # w2+
    ("w₁₂⁽¹⁾⁺", "0.24975114"),  # w3+
    ("w₂₂⁽¹⁾⁺", "0.29950229"),  # w4+
]


@pytest.mark.parametrize("symbol,published", MAZUR)
def test_reproduces_mazurs_step_by_step_example(symbol, published):
    t = trace(mazur_network(), [0.05, 0.10], [0.01, 0.99], loss="mse", lr=0.5)
    decimals = len(published.split(".")[1])
    assert f"{t.value(symbol):.{decimals}f}" == published


def test_mazur_formulas_and_numbers_read_like_the_worked_example():
    t = trace(mazur_network(), [0.05, 0.10], [0.01, 0.99], loss="mse", lr=0.5, digits=9)
    by_symbol = {s.symbol: s for s in t}
    z = by_symbol["z₁⁽¹⁾"]
    assert z.formula == "z₁⁽¹⁾ = b₁⁽¹⁾ + w₁₁⁽¹⁾·x₁ + w₂₁⁽¹⁾·x₂"
    assert z.numbers == "0.35 + 0.15 · 0.05 + 0.2 · 0.1"
    assert z.nodes == ((1, 0), (0, 0), (0, 1)) and z.edges == ((1, 0, 0), (1, 1, 0))
    assert by_symbol["L"].formula == "L = ((a₁⁽²⁾ − ŷ₁)² + (a₂⁽²⁾ − ŷ₂)²) / 2"
    assert by_symbol["L"].numbers == "((0.75136507 − 0.01)² + (0.772928465 − 0.99)²) / 2"
    dz = by_symbol["∂L/∂z₁⁽²⁾"]
    assert dz.formula == "∂L/∂z₁⁽²⁾ = sigmoid′(z₁⁽²⁾) · ∂L/∂a₁⁽²⁾"
    assert dz.numbers == "0.186815602 · 0.74136507"  # his ∂out_o1/∂net_o1 = 0.186815602
    da = by_symbol["∂L/∂a₁⁽¹⁾"]
    assert da.formula == "∂L/∂a₁⁽¹⁾ = w₁₁⁽²⁾·∂L/∂z₁⁽²⁾ + w₁₂⁽²⁾·∂L/∂z₂⁽²⁾"
    assert da.numbers == "0.4 · 0.138498562 + 0.5 · (−0.0380982365)"
    assert da.nodes == ((1, 0), (2, 0), (2, 1)) and da.edges == ((2, 0, 0), (2, 0, 1))
    gw = by_symbol["∂L/∂w₁₁⁽²⁾"]
    assert gw.formula == "∂L/∂w₁₁⁽²⁾ = a₁⁽¹⁾ · ∂L/∂z₁⁽²⁾"
    assert gw.nodes == ((1, 0), (2, 0)) and gw.edges == ((2, 0, 0),)
    update = by_symbol["w₁₁⁽²⁾⁺"]
    assert update.formula == "w₁₁⁽²⁾⁺ = w₁₁⁽²⁾ − η · ∂L/∂w₁₁⁽²⁾"
    assert update.numbers == "0.4 − 0.5 · 0.0821670406"


def test_applying_the_update_lowers_the_loss():
    net, x, y = mazur_network(), [0.05, 0.10], [0.01, 0.99]
    first = trace(net, x, y, lr=0.5)
    net.weights, net.biases = first.updated_parameters()
    assert trace(net, x, y, lr=0.5).value("L") < first.value("L")


# -- formulas and formatting --------------------------------------------------------------
def test_fmt_uses_significant_digits_true_minus_and_powers_of_ten():
    assert fmt(0.19661193324148185) == "0.196612"
    assert fmt(2 / 3, 3) == "0.667"
    assert fmt(-2.0) == "−2"
    assert fmt(-0.0) == "0"
    assert fmt(4.5e-05) == "4.5×10⁻⁵"
    assert fmt(1234567.0) == "1.23457×10⁶"
    assert fmt(float("nan")) == "NaN" and fmt(float("-inf")) == "−∞"


def test_digits_setting_changes_the_numbers_not_the_values():
    net, x, y = mazur_network(), [0.05, 0.10], [0.01, 0.99]
    short, long = trace(net, x, y, digits=3), trace(net, x, y, digits=9)
    assert short.value("z₁⁽²⁾") == long.value("z₁⁽²⁾")
    assert short[4].numbers == "0.6 + 0.4 · 0.593 + 0.45 · 0.597"
    assert long[4].numbers == "0.6 + 0.4 · 0.593269992 + 0.45 · 0.596884378"
    with pytest.raises(DataError):
        trace(net, x, y, digits=0)


def test_backward_formula_with_negative_weight_in_parentheses():
    # one sigmoid hidden neuron at z = 1, output errors 0.25 and 0.1 through weights 1.5 and −2
    net = Network(1, [LayerSpec(1, "sigmoid"), LayerSpec(2, "linear")])
    net.weights = [np.array([[0.0]]), np.array([[1.5, -2.0]])]
    net.biases = [np.array([1.0]), np.array([0.0, 0.0])]
    a_out = net.forward(np.array([[0.0]]))[0]
    t = trace(net, [0.0], a_out - np.array([0.25, 0.1]))
    by_symbol = {s.symbol: s for s in t}
    assert by_symbol["∂L/∂a₁⁽¹⁾"].numbers == "1.5 · 0.25 + (−2) · 0.1"
    assert by_symbol["∂L/∂z₁⁽¹⁾"].numbers == "0.196612 · 0.175"


def test_a_tanh_neuron_by_hand():
    # x = 1 → z = 0.25 + 0.5·1 = 0.75, a = tanh(0.75); output 2a; L = (2a − 0)²
    net = Network(1, [LayerSpec(1, "tanh"), LayerSpec(1, "linear")])
    net.weights = [np.array([[0.5]]), np.array([[2.0]])]
    net.biases = [np.array([0.25]), np.array([0.0])]
    by_symbol = {s.symbol: s for s in trace(net, [1.0], [0.0], loss="mse")}
    a = math.tanh(0.75)
    step = by_symbol["a₁⁽¹⁾"]
    assert (step.formula, step.numbers) == ("a₁⁽¹⁾ = tanh(z₁⁽¹⁾)", "tanh(0.75)")
    assert step.value == pytest.approx(a, rel=1e-15)
    dz = by_symbol["∂L/∂z₁⁽¹⁾"]
    assert dz.formula == "∂L/∂z₁⁽¹⁾ = tanh′(z₁⁽¹⁾) · ∂L/∂a₁⁽¹⁾"
    # ∂L/∂a = 2 · (2 · 2a) = 8a, and tanh′(z) = 1 − tanh²(z) = 0.403414…
    assert dz.numbers == f"{1 - a * a:.6g} · {8 * a:.6g}" == "0.596586 · 5.08119"
    assert dz.value == pytest.approx((1 - a * a) * 8 * a, rel=1e-14)


def test_cross_entropy_steps():
    net = Network(2, [LayerSpec(3, "linear")])
    net.weights = [np.zeros((2, 3))]
    net.biases = [np.array([0.0, np.log(2.0), 0.0])]
    t = trace(net, [1.0, 1.0], 1, loss="cross_entropy")  # class 1 is the second output
    p1, p2, p3, loss = [s for s in t if s.phase == "loss"]
    assert [p1.symbol, p2.symbol, p3.symbol, loss.symbol] == ["p₁", "p₂", "p₃", "L"]
    assert p1.formula == "p₁ = exp(a₁⁽¹⁾) / (exp(a₁⁽¹⁾) + exp(a₂⁽¹⁾) + exp(a₃⁽¹⁾))"
    assert p1.numbers == "exp(0) / (exp(0) + exp(0.693147) + exp(0))"
    assert p2.value == pytest.approx(0.5) and loss.value == pytest.approx(np.log(2.0))
    assert loss.formula == "L = −log p₂" and loss.numbers == "−log(0.5)"
    backward = [s for s in t if s.phase == "backward"]
    assert [s.formula for s in backward] == [f"∂L/∂z{k}⁽¹⁾ = p{k} − t{k}" for k in "₁₂₃"]
    assert [s.numbers for s in backward] == ["0.25 − 0", "0.5 − 1", "0.25 − 0"]


def test_long_sums_are_written_with_sigma_and_many_indices_get_commas():
    net = Network(10, [LayerSpec(8, "relu"), LayerSpec(1, "linear")], seed=3)
    t = trace(net, np.linspace(-1, 1, 10), [0.5])
    z = next(s for s in t if s.kind == "z")
    assert z.formula == "z₁⁽¹⁾ = b₁⁽¹⁾ + Σᵢ wᵢ₁⁽¹⁾·xᵢ"
    assert "…" in z.numbers and len(z.edges) == 10
    assert "∂L/∂w₁₀,₁⁽¹⁾" in {s.symbol for s in t}
    assert len(t) == 2 * 9 + 1 + 2 * 9 + 2 * net.n_parameters


def test_mae_loss_formula():
    net = Network(1, [LayerSpec(2, "linear")])
    net.weights, net.biases = [np.array([[1.0, 1.0]])], [np.array([0.0, 0.0])]
    t = trace(net, [2.0], [3.0, 1.0], loss="mae")
    loss = next(s for s in t if s.kind == "loss")
    assert loss.formula == "L = (|a₁⁽¹⁾ − ŷ₁| + |a₂⁽¹⁾ − ŷ₂|) / 2"
    assert loss.numbers == "(|2 − 3| + |2 − 1|) / 2" and loss.value == 1.0
    assert [s.numbers for s in t if s.kind == "dL/da"] == ["sign(2 − 3) / 2", "sign(2 − 1) / 2"]


# -- exports ------------------------------------------------------------------------------
def test_csv_round_trips_every_value_exactly():
    net, x, y = make_case("sigmoid", "linear", "mae", 2, seed=5)
    t = trace(net, x, y, loss="mae")
    rows = list(csv.DictReader(io.StringIO(t.to_csv())))
    assert len(rows) == len(t)
    for row, step, expected in zip(rows, t, t.to_rows()):
        assert float(row["value"]) == step.value
        assert {k: row[k] for k in ("phase", "symbol", "formula", "numbers")} == {
            k: expected[k] for k in ("phase", "symbol", "formula", "numbers")
        }


def test_markdown_is_one_table_row_per_step_with_pipes_escaped():
    net, x, y = make_case("relu", "linear", "mae", 1, seed=2)
    t = trace(net, x, y, loss="mae")
    lines = t.to_markdown().splitlines()
    assert len(lines) == len(t) + 2
    for line in lines:
        assert line.replace("\\|", "").count("|") == 6
    assert "\\|a₁⁽²⁾ − ŷ₁\\|" in t.to_markdown()


# -- checks and errors --------------------------------------------------------------------
def test_numerical_gradient_and_relative_error():
    net, x, y = mazur_network(), [0.05, 0.10], [0.01, 0.99]
    assert numerical_gradient(net, x, y, "mse", 2, (0, 0)) == pytest.approx(0.082167041, abs=1e-9)
    assert numerical_gradient(net, x, y, "mse", 1, 0) == pytest.approx(trace(net, x, y).value("∂L/∂b₁⁽¹⁾"), rel=1e-7)
    assert relative_error(1.0, 1.0 + 1e-9) == pytest.approx(1e-9)
    assert relative_error(0.0, 0.0) == 0.0
    assert relative_error(0.0, 1e-12) < 1e-3  # both below the floor: effectively zero
    assert relative_error(1.0, -1.0) == 2.0


@pytest.mark.parametrize(
    "x,y,loss,message",
    [
        ([1.0], [0.0, 0.0], "mse", "2 input"),
        ([1.0, 2.0, 3.0], [0.0, 0.0], "mse", "2 input"),
        ([1.0, float("nan")], [0.0, 0.0], "mse", "NaN"),
        ([1.0, 2.0], [0.0], "mse", "2 output"),
        ([1.0, 2.0], [[0.0, 1.0]], "mae", "2 output"),
        ([1.0, 2.0], [0.0, float("inf")], "mse", "NaN"),
        ([1.0, 2.0], 2, "cross_entropy", "between 0 and 1"),
        ([1.0, 2.0], -1, "cross_entropy", "between 0 and 1"),
        ([1.0, 2.0], 0.5, "cross_entropy", "whole-number"),
        ([1.0, 2.0], [0, 1], "cross_entropy", "one class index"),
        ([1.0, 2.0], [0.0, 1.0], "hinge", "Unknown loss"),
        (["a", "b"], [0.0, 1.0], "mse", "numbers"),
    ],
)
def test_bad_samples_raise_data_error(x, y, loss, message):
    net = mazur_network()
    with pytest.raises(DataError, match=message):
        trace(net, x, y, loss=loss)
    with pytest.raises(DataError, match=message):
        numerical_gradient(net, x, y, loss, 1, 0)


def test_bad_learning_rate_raises_data_error():
    with pytest.raises(DataError, match="learning rate"):
        trace(mazur_network(), [0.05, 0.10], [0.01, 0.99], lr=float("nan"))

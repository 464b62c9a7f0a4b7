"""The cost table's numbers: multiplications per sample, worked out by hand for the lecture's sizes."""

from applet.ui.view_models.gradient_cost import cost_row, cost_rows, thousands, times, worked


def test_the_lectures_first_network_by_hand():
    row = cost_row((56, 100, 1))
    # W = 56·100 + 100·1 = 5,700 weights, P = W + 101 biases; finite differences (P + 1)·W;
    # backprop W forward + (W + (W − 56·100) + 101) backward
    assert (row.parameters, row.finite_differences, row.backprop) == ("5,801", "33,071,400", "11,601")
    assert row.ratio == "2,851×"  # 33,071,400 / 11,601 = 2,850.8
    fd, bp = worked(row.counts)
    assert fd == "(P + 1)·W = (5,801 + 1) × 5,700 = 33,071,400"
    assert bp == "W + (W + (W − n₀·n₁) + Σnₗ) = 5,700 + (5,700 + 100 + 101) = 11,601"


def test_the_traced_network_comes_first_then_the_lectures():
    rows = cost_rows((2, 2, 2))
    assert [r.network for r in rows] == [
        "2→2→2",
        "56→100→1",
        "56→100→100→1",
        "56→100→100→100→1",
        "56→100→100→100→100→1",
    ]
    # 2-2-2: W = 8, P = 12; (12 + 1)·8 = 104 against 8 + (8 + 4 + 4) = 24
    assert (rows[0].finite_differences, rows[0].backprop, rows[0].ratio) == ("104", "24", "4.3×")


def test_numbers_are_written_with_thousands_separators():
    assert thousands(1_288_841_400) == "1,288,841,400" and thousands(12) == "12"
    assert times(4.333) == "4.3×" and times(12_648.2) == "12,648×"

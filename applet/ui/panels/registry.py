"""Which panel class draws which panel id (lessons name panels by id)."""

from __future__ import annotations

from applet.ui.panels.base import Panel
from applet.ui.panels.builder import LayerBuilderPanel
from applet.ui.panels.compare import ComparePanel
from applet.ui.panels.decision_map import DecisionMapPanel
from applet.ui.panels.digits import DigitsPanel
from applet.ui.panels.drawpad import DrawPadPanel
from applet.ui.panels.first_layer import FirstLayerPanel
from applet.ui.panels.fit import FitPanel
from applet.ui.panels.loss import LossPanel
from applet.ui.panels.matrix import MatrixPanel
from applet.ui.panels.neurons import NeuronsPanel
from applet.ui.panels.plane_data import PlaneDataPanel
from applet.ui.panels.slice import SlicePanel
from applet.ui.panels.surface import SurfacePanel
from applet.ui.panels.theta import ThetaPanel
from applet.ui.panels.trace import TracePanel
from applet.ui.panels.weights import WeightsPanel

PANEL_TYPES: dict[str, type[Panel]] = {
    cls.panel_id: cls
    for cls in (
        FitPanel,
        LossPanel,
        WeightsPanel,
        ComparePanel,
        TracePanel,
        DigitsPanel,
        DrawPadPanel,
        FirstLayerPanel,
        SurfacePanel,
        SlicePanel,
        LayerBuilderPanel,
        NeuronsPanel,
        ThetaPanel,
        MatrixPanel,
        DecisionMapPanel,
        PlaneDataPanel,
    )
}

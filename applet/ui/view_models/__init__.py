"""Qt-free view models: what a panel shows, worked out without widgets (tested without Qt)."""

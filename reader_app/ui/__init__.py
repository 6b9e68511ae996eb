"""The Qt layer of Reader: windows, panels and background workers over reader_app.core."""

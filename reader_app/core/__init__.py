"""The Qt-free heart of Reader: loading, segmentation, summaries and entities."""

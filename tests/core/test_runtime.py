"""The process-wide helpers: how many cores this process may use."""

from __future__ import annotations

from reader_app.core import runtime


def test_cpu_quota_of_either_control_group_version(tmp_path):
    assert runtime.cpu_quota(str(tmp_path)) is None  # no control group files
    (tmp_path / "cpu.max").write_text("max 100000\n", encoding="ascii")
    assert runtime.cpu_quota(str(tmp_path)) is None
    (tmp_path / "cpu.max").write_text("150000 100000\n", encoding="ascii")
    assert runtime.cpu_quota(str(tmp_path)) == 1.5
    (tmp_path / "cpu.max").unlink()
    (tmp_path / "cpu").mkdir()
    (tmp_path / "cpu" / "cpu.cfs_period_us").write_text("100000\n", encoding="ascii")
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("-1\n", encoding="ascii")
    assert runtime.cpu_quota(str(tmp_path)) is None
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("50000\n", encoding="ascii")
    assert runtime.cpu_quota(str(tmp_path)) == 0.5


def test_a_quota_of_one_cpu_means_one_core(monkeypatch):
    assert runtime.usable_cores() >= 1
    monkeypatch.setattr(runtime, "cpu_quota", lambda: 0.5)
    assert runtime.usable_cores() == 1
    monkeypatch.setattr(runtime, "cpu_quota", lambda: 64.0)
    assert 1 <= runtime.usable_cores() <= 64

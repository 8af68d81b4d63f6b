"""Lets tests reuse the app benchmark's synthetic corpus."""
import importlib.util

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_app", ROOT / "benchmarks" / "app.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
synthetic = _mod.synthetic

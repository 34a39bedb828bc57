"""The pipeline lingo loads: numpy's BLAS on one thread for the models."""

from __future__ import annotations

from threadpoolctl import threadpool_info

from lingo.engine.model import one_blas_thread


def test_every_model_layer_multiplies_with_numpy_not_blis(nlp) -> None:
    layers = [
        layer
        for _, component in nlp.pipeline
        if hasattr(getattr(component, "model", None), "walk")
        for layer in component.model.walk()
    ]
    assert layers
    assert all(getattr(layer.ops, "use_blis", None) is False for layer in layers)


def test_blas_runs_on_one_thread_while_lingo_parses_and_is_given_back_after(linter) -> None:
    before = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    with one_blas_thread():
        inside = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
        report = linter.check("Your refund was approved by our billing team.")
    after = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert inside and set(inside) == {1}
    assert after == before
    assert [f.rule for f in report.findings] == ["passive-voice"]

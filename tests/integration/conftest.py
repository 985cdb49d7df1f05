import pytest

from assistant.app import Finbot
from assistant.settings import Settings


@pytest.fixture(scope="session")
def real_finbot(tmp_path_factory) -> Finbot:
    """Real packaged embedder and SmolLM2 over the sample corpus, built once per test session."""
    home = tmp_path_factory.mktemp("finbot-home")
    finbot = Finbot(Settings(home=home, generator="smollm2-135m"))
    report = finbot.ingest_samples()
    assert not report.failed, report.failed
    return finbot

"""Running `manage.py` in a portal process of its own."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if check:
        assert result.returncode == 0, result.stderr[-3000:]
    return result


def portal_env(database_url, folder, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(folder / "media"),
        "PUBLISH_ROOT": str(folder / "site"),  # never the checkout's own site/ folder
        "LOG_LEVEL": "WARNING",
        **extra,
    }

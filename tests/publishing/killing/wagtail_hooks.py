import multiprocessing
import os
import signal

from wagtail import hooks


@hooks.register("before_serve_page")
def fail_half_way(page, request, args, kwargs):
    if request.path != os.environ.get("PUBLISH_TEST_FAIL_AT"):
        return None
    mode = os.environ.get("PUBLISH_TEST_FAIL_MODE")
    in_worker = multiprocessing.parent_process() is not None
    if mode == "kill-worker" and in_worker:
        os.kill(os.getpid(), signal.SIGKILL)
    if mode == "kill-publisher":
        if in_worker:
            os.kill(os.getppid(), signal.SIGKILL)
        os.kill(os.getpid(), signal.SIGKILL)
    if mode == "raise":
        raise RuntimeError("simulated failure while rendering")
    return None

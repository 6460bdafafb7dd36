"""Job registry. The scheduler is only started by the long-running `cron-daemon` deployment,
which lives in another repository; here jobs are only registered and listed."""
from apscheduler.schedulers.background import BackgroundScheduler

scheduler = BackgroundScheduler(timezone="UTC")


def register(func, minutes):
    return scheduler.add_job(func, "interval", minutes=minutes, id=func.__name__)


def registered_ids():
    return [job.id for job in scheduler.get_jobs()]

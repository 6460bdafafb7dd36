"""Third-party libraries that start threads or fork processes: data only, each entry cited.

`catalog.py` turns these records into catalog entries, so that `facts.py` resolves their
names through imports exactly like the standard library's. `tools/render_docs.py` renders
them as the table in docs/libraries.md, and tests/test_libraries.py builds a module from
each entry's `example` and expects it to count.

A citation names the library's repository, the commit read, and the file and line where
the thread is started (or where the fork happens, or the start method is chosen); a docs
citation is the page's address. `versions` is the release (or development version) of the
source that was read.
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class Trigger(enum.Enum):
    """What in the user's code makes the library start its threads."""

    CALL = "call"
    CONSTRUCTION = "construction"  # a local subclass constructed counts too
    METHOD = "method on the instance"  # `methods` on an object built in the module
    DECORATOR = "decorator or call"
    IMPORT = "import"  # importing the module starts threads
    ANY_CALL = "any call into the module"  # `qualname` is a module or package


class Condition(NamedTuple):
    """An argument that decides whether a call counts; a missing argument takes `missing`."""

    keyword: str
    position: int | None = None  # None: keyword-only
    missing: bool = False  # holds when the argument is not passed (or is the literal None)
    values: tuple[object, ...] = ()  # literal values for which it holds
    positive: bool = False  # holds for a literal number > 0
    unknown: bool = False  # holds for an argument that is not a literal
    # A call whose argument of the same name, in an enclosing `with` block, stands in for a
    # missing one: `with dask.config.set(scheduler="processes"): dask.compute(...)`.
    configured_by: str = ""


class Starter(NamedTuple):
    """A library name whose use starts threads."""

    library: str  # the distribution's name on PyPI
    qualname: str
    trigger: Trigger
    what: str  # the threads it starts, for the docs table
    versions: str
    citation: str
    example: str  # a module body that uses it as its docs show (tests build on it)
    methods: tuple[str, ...] = ()  # METHOD: the calls on the instance that start threads
    when: tuple[Condition, ...] = ()  # the call counts only if one of these holds
    aliases: tuple[str, ...] = ()  # other spellings of the same object


class Default(enum.Enum):
    """The start method a forker uses when its start-method argument is not given."""

    PYTHON = "the default start method"  # FRK001
    FORK = "fork"  # FRK002: the library pins fork itself
    NO_FORK = "no fork"  # the library does not fork unless told to


class Forker(NamedTuple):
    """A library call that forks worker processes, and the argument that picks the start method."""

    library: str
    qualname: str
    what: str
    versions: str
    citation: str
    keyword: str  # the argument that takes a start method name or a multiprocessing context
    position: int | None
    default: Default
    fix: str
    example: str  # the call as a user writes it, unsafe; tests also build safe variants
    safe_example: str
    # Literal strings for the argument that mean the Python default start method.
    default_names: tuple[str, ...] = ()
    requires: Condition | None = None  # the call forks only if this holds
    aliases: tuple[str, ...] = ()


_GRPC_DOC = (
    "grpc/grpc@191d0c3f83 doc/fork_support.md:9 (gRPC core uses threads, so a channel or server "
    "made before fork() breaks the child)"
)
_PUBSUB = "googleapis/python-pubsub@63796ff3de"
_OTEL_REPO = "open-telemetry/opentelemetry-python@0a5d76b650"
_OTEL = "opentelemetry-sdk/src/opentelemetry/sdk"
_OTEL_WORKER = f"{_OTEL}/_shared_internal/__init__.py:105 and :116"
_JAX = (
    "jax-ml/jax@cec06d116c jax/_src/xla_bridge.py:163 and :800 (once a backend is up, JAX warns "
    '"JAX is multithreaded" at every fork)'
)

STARTERS: tuple[Starter, ...] = (
    Starter(
        "sentry-sdk",
        "sentry_sdk.init",
        Trigger.CALL,
        "the transport's BackgroundWorker thread (at the first event) and the backpressure Monitor",
        "2.68.0",
        "getsentry/sentry-python@064542dd2c sentry_sdk/transport.py:686, sentry_sdk/worker.py:89 "
        "and :94; sentry_sdk/monitor.py:86",
        'import sentry_sdk\nsentry_sdk.init(dsn="https://key@example.invalid/1")\n',
    ),
    *(
        Starter(
            "grpcio",
            f"grpc.{name}",
            Trigger.CALL,
            "gRPC core's background threads (polling, timers, executor)",
            "1.x (doc at 191d0c3f83)",
            _GRPC_DOC,
            example,
        )
        for name, example in (
            ("insecure_channel", 'import grpc\nchannel = grpc.insecure_channel("localhost:50051")\n'),
            (
                "secure_channel",
                'import grpc\nchannel = grpc.secure_channel("h:443", grpc.ssl_channel_credentials())\n',
            ),
            ("server", "import grpc\n\n\ndef serve(executor):\n    return grpc.server(executor)\n"),
            (
                "aio.insecure_channel",
                'from grpc import aio\nchannel = aio.insecure_channel("localhost:50051")\n',
            ),
            ("aio.secure_channel", 'import grpc.aio\nchannel = grpc.aio.secure_channel("h:443", None)\n'),
            ("aio.server", "import grpc\nserver = grpc.aio.server()\n"),
        )
    ),
    Starter(
        "google-cloud-pubsub",
        "google.cloud.pubsub_v1.PublisherClient",
        Trigger.CONSTRUCTION,
        "a gRPC channel, and the batch commit thread once it publishes",
        "2.35.0",
        f"{_PUBSUB} google/cloud/pubsub_v1/publisher/client.py:538 and :543; {_GRPC_DOC}",
        "from google.cloud import pubsub_v1\npublisher = pubsub_v1.PublisherClient()\n",
        aliases=("google.cloud.pubsub.PublisherClient", "google.cloud.pubsub_v1.publisher.Client"),
    ),
    Starter(
        "google-cloud-pubsub",
        "google.cloud.pubsub_v1.SubscriberClient",
        Trigger.CONSTRUCTION,
        "a gRPC channel, and the streaming-pull dispatcher, leaser and heartbeater threads on subscribe()",
        "2.35.0",
        f"{_PUBSUB} google/cloud/pubsub_v1/subscriber/_protocol/streaming_pull_manager.py:971-980; "
        f"{_GRPC_DOC}",
        "from google.cloud import pubsub\nsubscriber = pubsub.SubscriberClient()\n",
        aliases=("google.cloud.pubsub.SubscriberClient", "google.cloud.pubsub_v1.subscriber.Client"),
    ),
    Starter(
        "opentelemetry-sdk",
        "opentelemetry.sdk.trace.export.BatchSpanProcessor",
        Trigger.CONSTRUCTION,
        "the batch export worker thread",
        "1.45.0.dev",
        f"{_OTEL_REPO} {_OTEL}/trace/export/__init__.py:185; {_OTEL_WORKER}",
        "from opentelemetry.sdk.trace.export import BatchSpanProcessor\n"
        "processor = BatchSpanProcessor(None)\n",
    ),
    Starter(
        "opentelemetry-sdk",
        "opentelemetry.sdk._logs.export.BatchLogRecordProcessor",
        Trigger.CONSTRUCTION,
        "the batch export worker thread",
        "1.45.0.dev",
        f"{_OTEL_REPO} {_OTEL}/_logs/_internal/export/__init__.py:288; {_OTEL_WORKER}",
        "from opentelemetry.sdk._logs.export import BatchLogRecordProcessor\n"
        "processor = BatchLogRecordProcessor(None)\n",
        aliases=("opentelemetry.sdk._logs._internal.export.BatchLogRecordProcessor",),
    ),
    Starter(
        "opentelemetry-sdk",
        "opentelemetry.sdk.metrics.export.PeriodicExportingMetricReader",
        Trigger.CONSTRUCTION,
        "the OtelPeriodicExportingMetricReader ticker thread",
        "1.45.0.dev",
        f"{_OTEL_REPO} {_OTEL}/metrics/_internal/export/__init__.py:464 and :469",
        "from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader\n"
        "reader = PeriodicExportingMetricReader(None)\n",
        aliases=("opentelemetry.sdk.metrics._internal.export.PeriodicExportingMetricReader",),
    ),
    Starter(
        "Python (standard library)",
        "logging.handlers.QueueListener",
        Trigger.METHOD,
        "the listener's monitor thread, started by .start()",
        "CPython 3.11.7",
        "python/cpython v3.11.7 Lib/logging/handlers.py:1537 and :1539",
        "import logging.handlers\nimport queue\n"
        "listener = logging.handlers.QueueListener(queue.Queue(), logging.StreamHandler())\n"
        "listener.start()\n",
        methods=("start",),
    ),
    *(
        Starter(
            "prometheus-client",
            f"prometheus_client.{name}",
            Trigger.CALL,
            "the metrics HTTP server's serve_forever thread",
            "0.25.0",
            "prometheus/client_python@d0b497ffe0 prometheus_client/exposition.py:273 and :275 "
            "(start_http_server is start_wsgi_server, :280)",
            f"from prometheus_client import {name}\n{name}(8000)\n",
            aliases=(f"prometheus_client.exposition.{name}",),
        )
        for name in ("start_http_server", "start_wsgi_server")
    ),
    Starter(
        "APScheduler",
        "apscheduler.schedulers.background.BackgroundScheduler",
        Trigger.METHOD,
        "the scheduler's APScheduler thread, started by .start()",
        "3.11.2 (the 3.x branch)",
        "agronholm/apscheduler@7e7bc5e329 src/apscheduler/schedulers/background.py:34 and :37",
        "from apscheduler.schedulers.background import BackgroundScheduler\n"
        "scheduler = BackgroundScheduler()\nscheduler.start()\n",
        methods=("start",),
    ),
    Starter(
        "watchdog",
        "watchdog.observers.Observer",
        Trigger.METHOD,
        "the observer and emitter threads, started by .start() (also by `with`)",
        "7.0.0 (development, after 6.0.0)",
        "gorakhargosh/watchdog@a0bb46c54b src/watchdog/observers/api.py:304-311 and :316; "
        "src/watchdog/utils/__init__.py:35 (BaseThread is a threading.Thread)",
        "from watchdog.observers import Observer\nobserver = Observer()\nobserver.start()\n",
        methods=("start", "__enter__"),
        aliases=(
            "watchdog.observers.api.BaseObserver",
            "watchdog.observers.polling.PollingObserver",
            "watchdog.observers.inotify.InotifyObserver",
        ),
    ),
    Starter(
        "kafka-python",
        "kafka.KafkaProducer",
        Trigger.CONSTRUCTION,
        "the network IO thread and the Sender thread",
        "3.0.11",
        "dpkp/kafka-python@46b2c48ce4 kafka/producer/kafka.py:633; kafka/producer/sender.py:27",
        'from kafka import KafkaProducer\nproducer = KafkaProducer(bootstrap_servers="localhost:9092")\n',
        aliases=("kafka.producer.KafkaProducer", "kafka.producer.kafka.KafkaProducer"),
    ),
    Starter(
        "kafka-python",
        "kafka.KafkaConsumer",
        Trigger.CONSTRUCTION,
        "the network IO thread",
        "3.0.11",
        "dpkp/kafka-python@46b2c48ce4 kafka/consumer/group.py:426; kafka/net/selector.py:254 and :258",
        'import kafka\nconsumer = kafka.KafkaConsumer("topic")\n',
        aliases=("kafka.consumer.KafkaConsumer", "kafka.consumer.group.KafkaConsumer"),
    ),
    *(
        Starter(
            "confluent-kafka",
            f"confluent_kafka.{name}",
            Trigger.CONSTRUCTION,
            "librdkafka's internal threads (rd_kafka_new)",
            "2.15.0",
            f"confluentinc/confluent-kafka-python@8b1c7a6134 src/confluent_kafka/src/{name}.c:{line}; "
            "https://github.com/confluentinc/librdkafka/blob/master/INTRODUCTION.md#threads-and-callbacks",
            f'from confluent_kafka import {name}\nclient = {name}({{"bootstrap.servers": "localhost"}})\n',
        )
        for name, line in (("Producer", 1453), ("Consumer", 1803))
    ),
    Starter(
        "pymongo",
        "pymongo.MongoClient",
        Trigger.CONSTRUCTION,
        "the topology monitor and kill-cursors PeriodicExecutor threads",
        "4.18.0.dev0",
        "mongodb/mongo-python-driver@ebc4bffcc8 pymongo/synchronous/mongo_client.py:902 and :1779-1781; "
        "pymongo/periodic_executor.py:187 and :194",
        'import pymongo\nclient = pymongo.MongoClient("mongodb://localhost:27017")\n',
        aliases=("pymongo.mongo_client.MongoClient", "pymongo.synchronous.mongo_client.MongoClient"),
    ),
    Starter(
        "boto3",
        "boto3.client",
        Trigger.METHOD,
        "a managed transfer's ThreadPoolExecutor (upload_file, download_file, upload_fileobj, "
        "download_fileobj, copy on an S3 client)",
        "boto3 1.43.78, s3transfer 0.16.1",
        "boto/boto3@722e01b074 boto3/s3/inject.py:174, :222, :474, :670 and :854; "
        "boto/s3transfer@bf4262882b s3transfer/futures.py:426 and :457",
        'import boto3\ns3 = boto3.client("s3")\ns3.upload_file("a.txt", "bucket", "a.txt")\n',
        methods=("upload_file", "download_file", "upload_fileobj", "download_fileobj", "copy"),
    ),
    Starter(
        "boto3",
        "boto3.s3.transfer.S3Transfer",
        Trigger.CONSTRUCTION,
        "its TransferManager's ThreadPoolExecutor",
        "boto3 1.43.78, s3transfer 0.16.1",
        "boto/boto3@722e01b074 boto3/s3/transfer.py:405 and :250; "
        "boto/s3transfer@bf4262882b s3transfer/futures.py:426 and :457",
        'import boto3\nfrom boto3.s3.transfer import S3Transfer\ntransfer = S3Transfer(boto3.client("s3"))\n',
    ),
    Starter(
        "s3transfer",
        "s3transfer.manager.TransferManager",
        Trigger.CONSTRUCTION,
        "its BoundedExecutor's ThreadPoolExecutor",
        "0.16.1",
        "boto/s3transfer@bf4262882b s3transfer/futures.py:426 and :457",
        "from s3transfer.manager import TransferManager\nmanager = TransferManager(None)\n",
        aliases=("boto3.s3.transfer.TransferManager",),
    ),
    Starter(
        "tqdm",
        "tqdm.tqdm",
        Trigger.CONSTRUCTION,
        "the tqdm_monitor thread (TMonitor), at the first bar",
        "4.69.1 (+1 commit)",
        "tqdm/tqdm@f6a30fab72 tqdm/std.py:672; tqdm/_monitor.py:16 and :40",
        "from tqdm import tqdm\nfor _ in tqdm(range(3)):\n    pass\n",
        aliases=(
            "tqdm.std.tqdm",
            "tqdm.auto.tqdm",
            "tqdm.autonotebook.tqdm",
            "tqdm.notebook.tqdm",
            "tqdm.asyncio.tqdm",
        ),
    ),
    Starter(
        "tqdm",
        "tqdm.trange",
        Trigger.CALL,
        "the tqdm_monitor thread (TMonitor), at the first bar",
        "4.69.1 (+1 commit)",
        "tqdm/tqdm@f6a30fab72 tqdm/std.py:1532 and :672; tqdm/_monitor.py:40",
        "import tqdm\nfor _ in tqdm.trange(3):\n    pass\n",
        aliases=("tqdm.std.trange", "tqdm.auto.trange", "tqdm.autonotebook.trange", "tqdm.notebook.trange"),
    ),
    Starter(
        "jax",
        "jax.jit",
        Trigger.DECORATOR,
        "XLA's thread pools, when the jitted code first runs",
        "0.11.1",
        _JAX,
        "import jax\n\n\n@jax.jit\ndef double(x):\n    return x * 2\n",
    ),
    *(
        Starter(
            "jax",
            f"jax.{name}",
            Trigger.ANY_CALL,
            "XLA's thread pools (the backend starts)",
            "0.11.1",
            _JAX,
            example,
        )
        for name, example in (
            ("numpy", "import jax.numpy as jnp\nx = jnp.array([1.0, 2.0])\n"),
            ("random", "import jax\nkey = jax.random.PRNGKey(0)\n"),
        )
    ),
    Starter(
        "jax",
        "jax.device_put",
        Trigger.CALL,
        "XLA's thread pools (the backend starts)",
        "0.11.1",
        _JAX,
        "from jax import device_put\nx = device_put(1.0)\n",
    ),
    Starter(
        "polars",
        "polars",
        Trigger.ANY_CALL,
        "the global Rayon thread pool",
        "1.43.2",
        "https://docs.pola.rs/user-guide/misc/multiprocessing/ "
        "(pola-rs/polars@4db92c12c0 docs/source/user-guide/misc/multiprocessing.md:48)",
        'import polars as pl\nframe = pl.DataFrame({"a": [1, 2]})\n',
    ),
    Starter(
        "loguru",
        "loguru.logger.add",
        Trigger.CALL,
        "the handler's loguru-writer thread, with enqueue=True",
        "0.7.3",
        "Delgan/loguru@2a17be730e loguru/_handler.py:91, :102 and :105",
        "import sys\nfrom loguru import logger\nlogger.add(sys.stderr, enqueue=True)\n",
        when=(Condition("enqueue", values=(True,)),),
        aliases=("loguru._logger.logger.add",),
    ),
    Starter(
        "multiprocessing-logging",
        "multiprocessing_logging.install_mp_handler",
        Trigger.CALL,
        "one receive thread per wrapped handler",
        "0.3.4",
        "jruere/multiprocessing-logging@9c76ff5b7b multiprocessing_logging.py:36 and :72-74",
        "import multiprocessing_logging\nmultiprocessing_logging.install_mp_handler()\n",
    ),
    Starter(
        "dask",
        "dask.compute",
        Trigger.CALL,
        "the threaded scheduler's ThreadPoolExecutor (the default for arrays and delayed)",
        "2026.7.0 (+8 commits)",
        "dask/dask@817e5ffc12 dask/threaded.py:103; dask/delayed.py:51; dask/array/core.py:105",
        "import dask\nresults = dask.compute()\n",
        when=(
            Condition(
                "scheduler", missing=True, values=("threads", "threading"), configured_by="dask.config.set"
            ),
        ),
        aliases=("dask.base.compute",),
    ),
    *(
        Starter(
            "psycopg-pool",
            f"psycopg_pool.{name}",
            Trigger.CONSTRUCTION,
            "the pool's scheduler and worker threads (opened by default)",
            "3.3.2.dev1",
            "psycopg/psycopg@c079c37c95 psycopg_pool/psycopg_pool/pool.py:112-116 and :411-415; "
            "psycopg_pool/psycopg_pool/_acompat.py:113 and :114",
            f'from psycopg_pool import {name}\npool = {name}("dbname=test")\n',
            when=(Condition("open", missing=True, values=(True,)),),
            aliases=(f"psycopg_pool.{module}.{name}",),
        )
        for name, module in (("ConnectionPool", "pool"), ("NullConnectionPool", "null_pool"))
    ),
    Starter(
        "requests-futures",
        "requests_futures.sessions.FuturesSession",
        Trigger.CONSTRUCTION,
        "its ThreadPoolExecutor (unless given an executor)",
        "1.0.2",
        "ross/requests-futures@415c662d71 requests_futures/sessions.py:68",
        "from requests_futures.sessions import FuturesSession\nsession = FuturesSession()\n",
    ),
    *(
        Starter(
            binding,
            f"{package}.QThread",
            Trigger.METHOD,
            "a native thread, started by .start()",
            "Qt 5 and 6",
            "https://doc.qt.io/qt-6/qthread.html#start (QThread::start: "
            '"Begins execution of the thread by calling run()")',
            f"from {package} import QThread\nthread = QThread()\nthread.start()\n",
            methods=("start",),
        )
        for binding, package in (
            ("PyQt5", "PyQt5.QtCore"),
            ("PyQt6", "PyQt6.QtCore"),
            ("PySide2", "PySide2.QtCore"),
            ("PySide6", "PySide6.QtCore"),
        )
    ),
    Starter(
        "ddtrace",
        "ddtrace.auto",
        Trigger.IMPORT,
        "the enabled products' service threads (bootstrap at import)",
        "4.13.0rc1 (+222 commits)",
        "DataDog/dd-trace-py@3bb9ecda22 ddtrace/auto.py:22; ddtrace/bootstrap/preload.py:39; "
        "ddtrace/internal/products.py:158",
        "import ddtrace.auto\n",
    ),
    Starter(
        "ddtrace",
        "ddtrace.profiling.auto",
        Trigger.IMPORT,
        "the profiler's collector threads",
        "4.13.0rc1 (+222 commits)",
        "DataDog/dd-trace-py@3bb9ecda22 ddtrace/profiling/auto.py:4; "
        "ddtrace/profiling/bootstrap/sitecustomize.py:50 and :32",
        "import ddtrace.profiling.auto\n",
    ),
    *(
        Starter(
            "ddtrace",
            f"ddtrace.tracer.{name}",
            Trigger.DECORATOR if name == "wrap" else Trigger.CALL,
            "the trace writer's periodic thread, at the first finished span",
            "4.13.0rc1 (+222 commits)",
            "DataDog/dd-trace-py@3bb9ecda22 ddtrace/internal/writer/writer.py:176 and :424-426",
            example,
            aliases=(f"ddtrace.trace.tracer.{name}",),
        )
        for name, example in (
            ("trace", 'from ddtrace import tracer\nwith tracer.trace("work"):\n    pass\n'),
            ("wrap", "from ddtrace import tracer\n\n\n@tracer.wrap()\ndef work():\n    pass\n"),
        )
    ),
    Starter(
        "datadog",
        "datadog.threadstats.ThreadStats",
        Trigger.METHOD,
        "the metrics flush thread, started by .start()",
        "0.53.0",
        "DataDog/datadogpy@d18ac6d4ce datadog/threadstats/base.py:85, :468 and :490",
        "from datadog import ThreadStats\nstats = ThreadStats()\nstats.start()\n",
        methods=("start",),
        aliases=("datadog.ThreadStats", "datadog.threadstats.base.ThreadStats"),
    ),
    Starter(
        "datadog",
        "datadog.dogstatsd.DogStatsd",
        Trigger.CONSTRUCTION,
        "the background sender thread or the buffering flush thread, when enabled",
        "0.53.0",
        "DataDog/datadogpy@d18ac6d4ce datadog/dogstatsd/base.py:620-621, :835-841 and :1942-1948",
        "from datadog.dogstatsd import DogStatsd\nstatsd = DogStatsd(disable_background_sender=False)\n",
        when=tuple(
            Condition(keyword, values=(False,))
            for keyword in ("disable_background_sender", "disable_buffering", "disable_aggregation")
        ),
        aliases=("datadog.DogStatsd", "datadog.dogstatsd.base.DogStatsd"),
    ),
    Starter(
        "datadog",
        "datadog.statsd.enable_background_sender",
        Trigger.CALL,
        "the background sender thread",
        "0.53.0",
        "DataDog/datadogpy@d18ac6d4ce datadog/dogstatsd/base.py:694, :727 and :1942-1948",
        "from datadog import statsd\nstatsd.enable_background_sender()\n",
        aliases=("datadog.dogstatsd.statsd.enable_background_sender",),
    ),
    Starter(
        "Pebble",
        "pebble.ThreadPool",
        Trigger.CONSTRUCTION,
        "the pool manager and worker threads, at the first task",
        "5.1.3",
        "noxdafox/pebble@95150f070d pebble/pool/thread.py:54; pebble/common/shared.py:28 and :30",
        "import pebble\npool = pebble.ThreadPool()\n",
        aliases=("pebble.pool.ThreadPool", "pebble.pool.thread.ThreadPool"),
    ),
)

FORKERS: tuple[Forker, ...] = (
    Forker(
        "torch",
        "torch.utils.data.DataLoader",
        "worker processes for num_workers > 0, from torch.multiprocessing (the default start method)",
        "2.14.1",
        "torch 2.14.1 wheel, torch/utils/data/dataloader.py:268, :1117 and :1149",
        "multiprocessing_context",
        11,
        Default.PYTHON,
        'pass multiprocessing_context="spawn" or "forkserver"',
        "from torch.utils.data import DataLoader\nloader = DataLoader([1, 2], num_workers=2)\n",
        "from torch.utils.data import DataLoader\n"
        'loader = DataLoader([1, 2], num_workers=2, multiprocessing_context="spawn")\n',
        requires=Condition("num_workers", 5, positive=True, unknown=True),
        aliases=("torch.utils.data.dataloader.DataLoader",),
    ),
    *(
        Forker(
            "joblib",
            f"joblib.{name}",
            'a multiprocessing Pool with mp.get_context() when backend="multiprocessing"',
            "1.6.dev0",
            "joblib/joblib@53cea7b177 joblib/parallel.py:1301-1304; joblib/_parallel_backends.py:594",
            "backend",
            position,
            Default.NO_FORK,
            "use the loky backend (the default), or give Parallel "
            'backend=multiprocessing.get_context("spawn") or "forkserver"',
            example,
            example.replace('"multiprocessing"', '"loky"'),
            default_names=("multiprocessing",),
            aliases=(f"joblib.parallel.{name}",),
        )
        for name, position, example in (
            (
                "Parallel",
                1,
                'from joblib import Parallel\nrunner = Parallel(n_jobs=2, backend="multiprocessing")\n',
            ),
            (
                "parallel_config",
                0,
                'import joblib\nwith joblib.parallel_config(backend="multiprocessing"):\n    pass\n',
            ),
            (
                "parallel_backend",
                0,
                'import joblib\nwith joblib.parallel_backend("multiprocessing"):\n    pass\n',
            ),
        )
    ),
    Forker(
        "mpire",
        "mpire.WorkerPool",
        'worker processes; start_method defaults to "fork" where fork exists',
        "2.10.2",
        "sybrenjansen/mpire@fd37e7cba3 mpire/context.py:49; mpire/pool.py:40",
        "start_method",
        6,
        Default.FORK,
        'pass start_method="spawn" or "forkserver" (or "threading")',
        "from mpire import WorkerPool\npool = WorkerPool(n_jobs=2)\n",
        'from mpire import WorkerPool\npool = WorkerPool(n_jobs=2, start_method="spawn")\n',
        aliases=("mpire.pool.WorkerPool",),
    ),
    Forker(
        "Pebble",
        "pebble.ProcessPool",
        "worker processes from context=multiprocessing (the default start method)",
        "5.1.3",
        "noxdafox/pebble@95150f070d pebble/pool/process.py:56-60",
        "context",
        4,
        Default.PYTHON,
        'pass context=multiprocessing.get_context("spawn") or "forkserver"',
        "from pebble import ProcessPool\npool = ProcessPool(max_workers=2)\n",
        "import multiprocessing\nfrom pebble import ProcessPool\n"
        'pool = ProcessPool(max_workers=2, context=multiprocessing.get_context("spawn"))\n',
        aliases=("pebble.pool.ProcessPool", "pebble.pool.process.ProcessPool"),
    ),
)

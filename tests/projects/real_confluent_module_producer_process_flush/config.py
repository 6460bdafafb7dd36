"""Connection settings shared by the apifuzz agent scripts."""


class CommonConfig:
    WEB_HOST = "127.0.0.1"
    KAFKA_PORT = 9092
    APIFUZZ_TOPIC = "apifuzz-results"

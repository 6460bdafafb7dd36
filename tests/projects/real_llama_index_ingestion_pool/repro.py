"""The reporter's script (llama_index#10104): split and embed documents with num_workers set."""
import os

from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from llama_index.ingestion.pipeline import IngestionPipeline


def sentence_splitter(nodes):
    return [part for node in nodes for part in node.split(". ")]


def main() -> None:
    docs = ["First doc. It has sentences.", "Second doc. More text here."] * 50
    model_name = "sentence-transformers/all-miniLM-L6-v2"
    embed_model = HuggingFaceEmbedding(model_name=model_name, pooling="mean", embed_batch_size=64)
    pipeline = IngestionPipeline(transformations=[sentence_splitter, embed_model])
    nodes = pipeline.run(documents=docs, num_workers=os.cpu_count(), show_progress=True)
    print(len(nodes))


if __name__ == "__main__":
    main()

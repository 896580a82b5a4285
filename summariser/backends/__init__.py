"""Model backends: the one place that imports litellm and instructor (`llm`), the embedded
llama.cpp server (`local`), retries, salvage of invalid answers, and metering."""

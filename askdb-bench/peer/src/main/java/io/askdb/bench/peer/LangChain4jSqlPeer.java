package io.askdb.bench.peer;

import dev.langchain4j.experimental.rag.content.retriever.sql.SqlDatabaseContentRetriever;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Question in, the retriever's content out ("Result of executing 'SQL':" and the rows), or an
 * empty string when it found nothing to run. Built the way LangChain4j's documentation builds it:
 * a data source and a chat model, everything else (dialect, schema description, prompt, retries)
 * left at the retriever's defaults.
 *
 * <p>Only JDK types cross the class-loader boundary: the constructor takes a {@link DataSource},
 * two strings and a timeout in seconds, and the function maps a String to a String.
 */
public final class LangChain4jSqlPeer implements Function<String, String> {

    private final ContentRetriever retriever;

    public LangChain4jSqlPeer(DataSource dataSource, String baseUrl, String modelName, Integer timeoutSeconds) {
        ChatModel chatModel = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey("replay")
                .modelName(modelName)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .maxRetries(0)
                .build();
        this.retriever = SqlDatabaseContentRetriever.builder()
                .dataSource(dataSource)
                .chatModel(chatModel)
                .build();
    }

    @Override
    public String apply(String question) {
        List<Content> contents = retriever.retrieve(Query.from(question));
        return contents.stream().map(c -> c.textSegment().text()).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "langchain4j-experimental-sql SqlDatabaseContentRetriever";
    }
}

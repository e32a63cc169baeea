package io.askdb.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Parses a text/event-stream body into its events, each with JSON data. */
final class ServerSentEvents {

    record Event(String name, JsonNode data) {}

    private ServerSentEvents() {}

    static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String frame : body.split("\n\n")) {
            if (frame.isBlank()) {
                continue;
            }
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : frame.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
            try {
                events.add(new Event(name, Json.MAPPER.readTree(data.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException("event data is not JSON: " + data, e);
            }
        }
        return events;
    }
}

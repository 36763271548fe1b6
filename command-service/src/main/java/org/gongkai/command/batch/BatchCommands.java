package org.gongkai.command.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a batch: a JSON array of {@code {"path": …, "body": {…}}}, or the same objects one per line (NDJSON). The
 * whole body is read before anything is applied, so a batch that cannot be read records nothing. Each body is kept
 * as the bytes sent, for the single write's own strict reader.
 */
final class BatchCommands {

    static final int MAX_COMMANDS = 1_000;

    private static final JsonFactory JSON = new JsonFactory();

    private BatchCommands() {}

    static List<BatchCommand> read(byte[] bytes, boolean ndjson) {
        try (JsonParser parser = JSON.createParser(bytes)) {
            List<BatchCommand> commands = new ArrayList<>();
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw malformed("the body holds no commands");
            }
            if (first == JsonToken.START_ARRAY) {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    commands.add(command(parser, bytes, count(commands)));
                }
                if (parser.nextToken() != null) {
                    throw malformed("text follows the array of commands");
                }
            } else if (ndjson) {
                for (JsonToken token = first; token != null; token = parser.nextToken()) {
                    commands.add(command(parser, bytes, count(commands)));
                }
            } else {
                throw malformed("send a JSON array of commands, or NDJSON with Content-Type application/x-ndjson");
            }
            return commands;
        } catch (JsonProcessingException e) {
            throw malformed("the body is not well-formed JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(List<BatchCommand> commands) {
        if (commands.size() >= MAX_COMMANDS) {
            throw new BatchRefusal(
                    413,
                    "TooManyCommands",
                    null,
                    "一次最多提交 " + MAX_COMMANDS + " 条：a batch holds at most " + MAX_COMMANDS + " commands");
        }
        return commands.size();
    }

    /** One item; the parser stands on its first token and is left on its last. */
    private static BatchCommand command(JsonParser parser, byte[] bytes, int index) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return BatchCommand.refused(
                    index, itemRefusal("path", "MissingPath", "each command is an object with path and body"));
        }
        String path = null;
        byte[] body = null;
        boolean repeated = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("path")) {
                repeated |= path != null;
                path = value == JsonToken.VALUE_STRING ? parser.getText() : "";
            } else if (name.equals("body")) {
                repeated |= body != null;
                body = value == JsonToken.START_OBJECT ? objectBytes(parser, bytes) : new byte[0];
            }
            parser.skipChildren();
        }
        if (repeated) {
            return BatchCommand.refused(index, itemRefusal(null, "DuplicateField", "path or body is given twice"));
        }
        if (path == null || path.isEmpty()) {
            return BatchCommand.refused(
                    index, itemRefusal("path", "MissingPath", "path names the single-write endpoint"));
        }
        if (BatchPaths.of(path).isEmpty()) {
            return BatchCommand.refused(
                    index,
                    itemRefusal("path", "UnknownBatchPath", "path is not a single-write endpoint a batch may name"));
        }
        if (body == null || body.length == 0) {
            return BatchCommand.refused(
                    index, itemRefusal("body", "MissingBody", "body is the single write's JSON object"));
        }
        return BatchCommand.of(index, path, body);
    }

    /** The bytes of the object the parser stands on, from its '{' to its '}'; leaves the parser on the '}'. */
    private static byte[] objectBytes(JsonParser parser, byte[] bytes) throws IOException {
        int from = (int) parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        int to = (int) parser.currentTokenLocation().getByteOffset() + 1;
        return Arrays.copyOfRange(bytes, from, to);
    }

    private static BatchRefusal itemRefusal(String field, String rule, String why) {
        return new BatchRefusal(400, rule, field, "批量命令无效：" + why);
    }

    private static BatchRefusal malformed(String why) {
        return new BatchRefusal(400, "MalformedJson", null, "请求内容无法读取：" + why);
    }
}

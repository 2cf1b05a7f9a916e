package io.throughline.analytics.projection.model;

import io.throughline.analytics.session.fold.SessionFacts;
import org.bson.BsonBinary;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * {@code {_id, orgId, clientId, sessionId, f}}: the ids readable (and {@code orgId}, {@code clientId}
 * queryable) as plain fields, the facts as one binary {@link FactsFormat} value.
 */
public final class SessionDocumentCodec implements Codec<SessionDocument> {

    static final String FACTS = "f";

    @Override
    public void encode(BsonWriter writer, SessionDocument document, EncoderContext context) {
        writer.writeStartDocument();
        writer.writeString("_id", document.id());
        writer.writeString("orgId", document.orgId());
        writer.writeString("clientId", document.clientId());
        if (document.sessionId() == null) {
            writer.writeNull("sessionId");
        } else {
            writer.writeString("sessionId", document.sessionId());
        }
        writer.writeBinaryData(FACTS, new BsonBinary(FactsFormat.write(document.facts())));
        writer.writeEndDocument();
    }

    @Override
    public SessionDocument decode(BsonReader reader, DecoderContext context) {
        String id = null;
        String orgId = null;
        String clientId = null;
        String sessionId = null;
        SessionFacts facts = SessionFacts.none();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                continue;
            }
            switch (name) {
                case "_id" -> id = reader.readString();
                case "orgId" -> orgId = reader.readString();
                case "clientId" -> clientId = reader.readString();
                case "sessionId" -> sessionId = reader.readString();
                case FACTS -> facts = FactsFormat.read(reader.readBinaryData().getData());
                case "facts" -> throw StorageFormat.older("Session document " + id);
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new SessionDocument(id, orgId, clientId, sessionId, facts);
    }

    @Override
    public Class<SessionDocument> getEncoderClass() {
        return SessionDocument.class;
    }
}

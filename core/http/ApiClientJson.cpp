// The body half of ApiClient: turning a reply's bytes into JSON, on whichever thread the client chose.
#include "http/ApiClient.h"

#include "util/JsonReader.h"
#include "util/JsonView.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smtpaudit {

ApiClient::ParsedJson ApiClient::parseJson(const QByteArray& body, const ApiRequest& request)
{
    if (request.decodeValue)
        return readPage(body, request.decodeValue);
    ParsedJson parsed;
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.error = u"%1 at offset %2"_s.arg(error.errorString()).arg(error.offset);
        return parsed;
    }
    if (!document.isObject())
        return parsed;
    parsed.isObject = true;
    parsed.object = document.object();
    // The object is the only owner from here on, so a decoder taking parts out of it does not copy it, and
    // what it takes is freed on this thread.
    document = QJsonDocument();
    if (request.decode)
        parsed.decoded = request.decode(parsed.object);
    return parsed;
}

ApiClient::ParsedJson ApiClient::readPage(const QByteArray& body, const ApiRequest::ValueDecoder& decodeValue)
{
    ParsedJson parsed;
    rawjson::Reader in(body);
    if (in.peek() == '{') {
        parsed.isObject = in.object([&](QByteArrayView key) {
            if (key == "value") {
                // A repeated "value" replaces the earlier one, as the last duplicate key does in QJsonDocument.
                parsed.decoded = decodeValue(in);
                return !in.failed();
            }
            rawjson::ValueView member;
            if (!rawjson::ValueView::read(in, member))
                return false;
            parsed.object.insert(QString::fromUtf8(key), member.toJsonValue());
            return true;
        });
    } else {
        in.skip();
    }
    if (!in.failed() && !in.atEnd())
        in.fail("garbage after the document");
    if (in.failed()) {
        parsed = ParsedJson();
        parsed.error = in.error();
    }
    return parsed;
}

} // namespace smtpaudit

#include "http/JsonBatch.h"

#include "http/HttpErrors.h"
#include "http/RetryPolicy.h"
#include "util/JsonString.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit::JsonBatch {

QList<QList<BatchItem>> split(const QList<BatchItem>& items, int limit)
{
    QList<QList<BatchItem>> chunks;
    const int size = std::max(1, limit);
    for (qsizetype start = 0; start < items.size(); start += size)
        chunks.append(items.mid(start, size));
    return chunks;
}

namespace {

QJsonObject headersOf(const BatchItem& item)
{
    QJsonObject headers;
    for (const auto& [name, value] : item.headers)
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    if (!item.body.isUndefined()) {
        bool hasContentType = false;
        for (auto it = headers.begin(); it != headers.end(); ++it)
            hasContentType = hasContentType || it.key().compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
        if (!hasContentType)
            headers.insert(u"Content-Type"_s, u"application/json"_s);
    }
    return headers;
}

// A JSON value the way QJsonDocument's compact writer spells it (a scalar is wrapped in an array for it).
void appendValue(QByteArray& out, const QJsonValue& value)
{
    if (value.isObject()) {
        out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return;
    }
    if (value.isArray()) {
        out += QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
}

} // namespace

QJsonObject buildBody(const QList<BatchItem>& chunk)
{
    QJsonArray requests;
    for (const BatchItem& item : chunk) {
        QJsonObject request{{u"id"_s, item.id}, {u"method"_s, QString::fromLatin1(item.method)}, {u"url"_s, item.url}};
        if (!item.body.isUndefined())
            request.insert(u"body"_s, item.body);
        const QJsonObject headers = headersOf(item);
        if (!headers.isEmpty())
            request.insert(u"headers"_s, headers);
        requests.append(request);
    }
    return QJsonObject{{u"requests"_s, requests}};
}

QByteArray buildBodyBytes(const QList<BatchItem>& chunk)
{
    // Keys in the order QJsonObject writes them (sorted), so the bytes equal buildBody()'s serialisation.
    QByteArray out;
    out.reserve(16 + chunk.size() * 96);
    out += "{\"requests\":[";
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const BatchItem& item = chunk.at(i);
        out += i == 0 ? "{" : ",{";
        if (!item.body.isUndefined()) {
            out += "\"body\":";
            appendValue(out, item.body);
            out += ',';
        }
        if (!item.headers.isEmpty() || !item.body.isUndefined()) {
            out += "\"headers\":";
            appendValue(out, headersOf(item));
            out += ',';
        }
        out += "\"id\":";
        appendJsonString(out, item.id);
        out += ",\"method\":";
        appendJsonString(out, QString::fromLatin1(item.method));
        out += ",\"url\":";
        appendJsonString(out, item.url);
        out += '}';
    }
    out += "]}";
    return out;
}

Result<QList<BatchItemResult>> parseResponse(const QJsonObject& reply, const QList<BatchItem>& sent,
                                             const QString& permissionHint)
{
    const QJsonValue responses = reply.value(u"responses"_s);
    if (!responses.isArray())
        return Error::make(Error::Category::MalformedResponse,
                           QCoreApplication::translate("JsonBatch", "A batch reply has no list of responses."));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& value : responses.toArray()) {
        const QJsonObject response = value.toObject();
        // Graph sends ids as strings; accept numbers too rather than lose an answer.
        const QJsonValue id = response.value(u"id"_s);
        byId.insert(id.isDouble() ? QString::number(id.toInteger()) : id.toString(), response);
    }
    QList<BatchItemResult> results;
    results.reserve(sent.size());
    for (const BatchItem& item : sent) {
        BatchItemResult result;
        result.id = item.id;
        const auto it = byId.constFind(item.id);
        if (it == byId.constEnd()) {
            result.error =
                Error::make(Error::Category::MalformedResponse,
                            QCoreApplication::translate("JsonBatch", "The batch reply lacks an item."), item.id);
            results.append(std::move(result));
            continue;
        }
        result.status = it->value(u"status"_s).toInt();
        result.headers = it->value(u"headers"_s).toObject();
        result.body = it->value(u"body"_s);
        if (result.status < 100) {
            result.error =
                Error::make(Error::Category::MalformedResponse,
                            QCoreApplication::translate("JsonBatch", "A batch item has no status."), item.id);
        } else if (result.status >= 400) {
            const QByteArray body = result.body.isObject()
                                        ? QJsonDocument(result.body.toObject()).toJson(QJsonDocument::Compact)
                                        : result.body.toString().toUtf8();
            QByteArray exceptionType;
            for (auto header = result.headers.begin(); header != result.headers.end(); ++header)
                if (header.key().compare(u"X-ExceptionType"_s, Qt::CaseInsensitive) == 0)
                    exceptionType = header.value().toString().toUtf8();
            Error error = mapHttpError(result.status, body, exceptionType, permissionHint);
            error.detail = item.id + u": "_s + error.detail;
            result.error = error;
        }
        results.append(std::move(result));
    }
    return results;
}

std::optional<std::chrono::milliseconds> itemRetryAfter(const BatchItemResult& item)
{
    for (auto it = item.headers.begin(); it != item.headers.end(); ++it) {
        if (it.key().compare(u"Retry-After"_s, Qt::CaseInsensitive) != 0)
            continue;
        const QJsonValue value = it.value();
        const QByteArray text = value.isDouble() ? QByteArray::number(value.toInteger()) : value.toString().toUtf8();
        return parseRetryAfter(text, QDateTime::currentDateTimeUtc());
    }
    return std::nullopt;
}

} // namespace smtpaudit::JsonBatch

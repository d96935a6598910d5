#pragma once

#include "http/ApiRequest.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace smtpaudit {

// One sub-request of a JSON $batch. Graph: `url` is relative to the version root ("/users/{id}/
// authentication/requirements"); Exchange admin API: the absolute InvokeCommand URL and `body` the
// CmdletInput object (CIPP New-ExoBulkRequest.ps1).
struct BatchItem
{
    QString id;
    QByteArray method = "GET";
    QString url;
    HeaderList headers;
    QJsonValue body = QJsonValue::Undefined;
};

struct BatchItemResult
{
    QString id;
    int status = 0;
    QJsonObject headers;
    QJsonValue body;
    std::optional<Error> error; // set for statuses >= 400 and for items the service never answered

    bool ok() const { return !error.has_value(); }
};

namespace JsonBatch {

constexpr int graphLimit = 20;    // GDC concepts/json-batching.md
constexpr int exchangeLimit = 10; // CIPP and the EXO module flush at 10

QList<QList<BatchItem>> split(const QList<BatchItem>& items, int limit);

// {"requests":[{id,method,url,headers?,body?}]}. Graph requires headers whenever there is a body, so a
// missing Content-Type is added as application/json.
QJsonObject buildBody(const QList<BatchItem>& chunk);
// The same body written straight to compact JSON bytes (equal to QJsonDocument(buildBody(chunk)).toJson(
// QJsonDocument::Compact)): a $batch POST per 20 users made building QJsonObjects a visible cost.
QByteArray buildBodyBytes(const QList<BatchItem>& chunk);

// The responses of one batch, in the order of `sent`. Items may come back in any order; an item the
// reply lacks gets a MalformedResponse error; an item with status >= 400 gets the mapped error.
Result<QList<BatchItemResult>> parseResponse(const QJsonObject& reply, const QList<BatchItem>& sent,
                                             const QString& permissionHint);

// A per-item Retry-After in seconds (headers of a batch item are a JSON object).
std::optional<std::chrono::milliseconds> itemRetryAfter(const BatchItemResult& item);

} // namespace JsonBatch
} // namespace smtpaudit

#pragma once

// Requests to the Exchange Online admin API's InvokeCommand endpoint (reference section 4): the REST
// transport behind the ExchangeOnlineManagement module's cmdlets. The wire format is not documented by
// Microsoft; this follows the module's own requests as CIPP and ScubaGear reproduce them.

#include "audit/run/Collector.h"
#include "http/ApiRequest.h"
#include "http/JsonBatch.h"

#include <QJsonObject>
#include <QString>

namespace smtpaudit::ExchangeCommand {

// Prefer: odata.maxpagesize=N, range 1-1000 (module default 1000).
inline constexpr int maxPageSize = 1000;
// Exchange.ManageAsApp (application) is what the admin API checks, plus an Entra role.
inline constexpr QLatin1StringView permission{"Exchange.ManageAsApp"};

// {"CmdletInput":{"CmdletName":"Get-CASMailbox","Parameters":{"ResultSize":"Unlimited"}}}
QJsonObject body(const QString& cmdlet, const QJsonObject& parameters = {});
// App-only: APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@{tenantGuid} (CIPP); delegated:
// UPN:{signed-in user} (ExoHelper).
QByteArray anchorMailbox(const CollectorContext& context);
// The POST for one cmdlet, with the module's headers (JSON response format, page size, anchor mailbox).
// Get-* cmdlets only read, so the request is marked idempotent (retried after a reset or a timeout).
ApiRequest invoke(const CollectorContext& context, const QString& cmdlet, const QJsonObject& parameters = {});
// The same cmdlet as one item of an Exchange $batch (at most 10 per POST).
BatchItem batchItem(const CollectorContext& context, const QString& id, const QString& cmdlet,
                    const QJsonObject& parameters = {});
// "Get-CASMailbox -ResultSize Unlimited": the cmdlet line as evidence shows it.
QString describe(const QString& cmdlet, const QJsonObject& parameters = {});

} // namespace smtpaudit::ExchangeCommand

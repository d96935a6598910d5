#include "exchange/ExchangeCommand.h"

#include "exchange/ExoRegionalHost.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit::ExchangeCommand {
namespace {

QByteArray preferHeader()
{
    return "odata.maxpagesize=" + QByteArray::number(maxPageSize);
}

} // namespace

QJsonObject body(const QString& cmdlet, const QJsonObject& parameters)
{
    QJsonObject input{{u"CmdletName"_s, cmdlet}};
    if (!parameters.isEmpty())
        input.insert(u"Parameters"_s, parameters);
    return QJsonObject{{u"CmdletInput"_s, input}};
}

QByteArray anchorMailbox(const CollectorContext& context)
{
    if (context.delegated && !context.signedInUpn.isEmpty())
        return "UPN:" + context.signedInUpn.toUtf8();
    return "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + context.tenantId.toUtf8();
}

ApiRequest invoke(const CollectorContext& context, const QString& cmdlet, const QJsonObject& parameters)
{
    ApiRequest request = ApiRequest::postJson(ExoRegionalHost::invokeCommandUrl(context), body(cmdlet, parameters));
    request.setHeader("X-CmdletName", cmdlet.toUtf8());
    request.setHeader("X-ResponseFormat", "json");
    request.setHeader("X-AnchorMailbox", anchorMailbox(context));
    request.setHeader("Prefer", preferHeader());
    request.setHeader("client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.idempotent = true;
    request.tokenScope = context.exchangeScope();
    request.permissionHint = QString(permission);
    request.label = cmdlet;
    return request;
}

BatchItem batchItem(const CollectorContext& context, const QString& id, const QString& cmdlet,
                    const QJsonObject& parameters)
{
    BatchItem item;
    item.id = id;
    item.method = "POST";
    item.url = ExoRegionalHost::invokeCommandUrl(context).toString();
    item.headers = {
        {"Content-Type", "application/json"}, {"Prefer", preferHeader()}, {"X-CmdletName", cmdlet.toUtf8()}};
    item.body = body(cmdlet, parameters);
    return item;
}

QString describe(const QString& cmdlet, const QJsonObject& parameters)
{
    QString line = cmdlet;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        line += u" -"_s + it.key();
        const QJsonValue value = it.value();
        if (value.isString())
            line += u' ' + value.toString();
        else if (value.isBool())
            line += value.toBool() ? u":$true"_s : u":$false"_s;
        else if (value.isDouble())
            line += u' ' + QString::number(value.toDouble());
    }
    return line;
}

} // namespace smtpaudit::ExchangeCommand

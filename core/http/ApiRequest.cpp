#include "http/ApiRequest.h"

#include <QJsonDocument>

namespace smtpaudit {
namespace {

QByteArray findHeader(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

QByteArray ApiRequest::header(const QByteArray& name) const
{
    return findHeader(headers, name);
}

void ApiRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& [key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

ApiRequest ApiRequest::get(const QUrl& url)
{
    ApiRequest request;
    request.url = url;
    request.setHeader("Accept", "application/json");
    return request;
}

ApiRequest ApiRequest::postJson(const QUrl& url, const QJsonObject& body)
{
    return postJson(url, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiRequest ApiRequest::postJson(const QUrl& url, QByteArray compactJson)
{
    ApiRequest request;
    request.method = "POST";
    request.url = url;
    request.body = std::move(compactJson);
    request.setHeader("Accept", "application/json");
    request.setHeader("Content-Type", "application/json");
    request.idempotent = false;
    return request;
}

ApiRequest ApiRequest::postForm(const QUrl& url, const QByteArray& formBody)
{
    ApiRequest request;
    request.method = "POST";
    request.url = url;
    request.body = formBody;
    request.setHeader("Accept", "application/json");
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.idempotent = false;
    request.redirects = Redirects::Refuse;
    return request;
}

QByteArray ApiResponse::header(const QByteArray& name) const
{
    return findHeader(headers, name);
}

bool isCredentialHeader(const QByteArray& name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("Cookie", Qt::CaseInsensitive) == 0 || name.compare("Set-Cookie", Qt::CaseInsensitive) == 0;
}

HeaderList redactedHeaders(const HeaderList& headers)
{
    HeaderList safe;
    safe.reserve(headers.size());
    for (const auto& [name, value] : headers)
        safe.append({name, isCredentialHeader(name) ? QByteArray("<redacted>") : value});
    return safe;
}

} // namespace smtpaudit

#include "testsend/TestSendSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

TestSendSettings TestSendSettings::load()
{
    TestSendSettings settings;
    QSettings store;
    store.beginGroup(u"testSend"_s);
    settings.preset = store.value(u"preset"_s, settings.preset).toString();
    settings.host = store.value(u"host"_s, settings.host).toString();
    settings.port = store.value(u"port"_s, settings.port).toInt();
    settings.tls = store.value(u"tls"_s).toString() == u"implicit"_s ? TlsMode::Implicit : TlsMode::StartTls;
    settings.caFile = store.value(u"caFile"_s).toString();
    settings.auth = authMechanismFromName(store.value(u"auth"_s, u"xoauth2"_s).toString()).value_or(settings.auth);
    settings.oauthSignIn = settings.auth == AuthMechanism::XOAuth2 && store.value(u"oauthSignIn"_s).toBool();
    settings.user = store.value(u"user"_s).toString();
    settings.to = store.value(u"to"_s).toString();
    settings.subject = store.value(u"subject"_s).toString();
    return settings;
}

void TestSendSettings::save() const
{
    QSettings store;
    store.beginGroup(u"testSend"_s);
    store.setValue(u"preset"_s, preset);
    store.setValue(u"host"_s, host);
    store.setValue(u"port"_s, port);
    store.setValue(u"tls"_s, tls == TlsMode::Implicit ? u"implicit"_s : u"starttls"_s);
    store.setValue(u"caFile"_s, caFile);
    store.setValue(u"auth"_s, auth == AuthMechanism::None ? u"none"_s : authMechanismName(auth).toLower());
    store.setValue(u"oauthSignIn"_s, oauthSignIn);
    store.setValue(u"user"_s, user);
    store.setValue(u"to"_s, to);
    store.setValue(u"subject"_s, subject);
}

} // namespace smtpaudit::ui

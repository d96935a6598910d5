#include "identity/TokenProvider.h"

#include "TestSupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

// A credential whose answers the test hands out by hand: it records what was asked and keeps the
// callbacks until the test calls answer(). No network is involved; TokenProvider's own logic is tested.
class ScriptedCredential : public Credential
{
public:
    explicit ScriptedCredential(bool delegated = false)
        : Credential(*CloudEnvironment::named(u"global"_s), u"tenant"_s, u"client"_s)
        , m_delegated(delegated)
    {}
    bool isDelegated() const override { return m_delegated; }
    void acquire(const QString& scope, GrantCallback done) override
    {
        scopes << scope;
        pending.push_back(std::move(done));
    }
    void answer(const QByteArray& token, const QDateTime& expiresAt)
    {
        TokenGrant grant;
        grant.accessToken.value = token;
        grant.accessToken.expiresAt = expiresAt;
        GrantCallback done = std::move(pending.front());
        pending.erase(pending.begin());
        done(grant);
    }
    void fail(const Error& error)
    {
        GrantCallback done = std::move(pending.front());
        pending.erase(pending.begin());
        done(error);
    }

    QStringList scopes;
    std::vector<GrantCallback> pending;

private:
    bool m_delegated;
};

} // namespace

class TestTokenProvider : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start{QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()};

private slots:
    void cachesUntilTheRefreshMargin()
    {
        ScriptedCredential credential;
        TokenProvider provider(&credential, *CloudEnvironment::named(u"global"_s));
        QDateTime now = m_start;
        provider.setClock([&] { return now; });
        provider.setRefreshMargin(std::chrono::seconds(300));

        QList<QByteArray> got;
        const auto collect = [&](Result<QByteArray> token) { got << (token.ok() ? token.value() : "error"_ba); };
        provider.token(TokenResource::Graph, collect);
        QCOMPARE(credential.scopes, QStringList{u"https://graph.microsoft.com/.default"_s});
        credential.answer("graph-1", m_start.addSecs(3599));
        QCOMPARE(got, QList<QByteArray>{"graph-1"});

        // 54 minutes later: still more than 5 minutes left, served from the cache.
        now = m_start.addSecs(54 * 60);
        provider.token(TokenResource::Graph, collect);
        QCOMPARE(got.last(), "graph-1"_ba);
        QCOMPARE(provider.acquisitions(), 1);

        // 55 minutes and a bit: within the margin, so a new token is fetched BEFORE the old one expires.
        now = m_start.addSecs(55 * 60);
        provider.token(TokenResource::Graph, collect);
        QCOMPARE(provider.acquisitions(), 2);
        QCOMPARE(got.size(), 2); // waits for the new one
        credential.answer("graph-2", now.addSecs(3599));
        QCOMPARE(got.last(), "graph-2"_ba);
        QCOMPARE(provider.expiresAt(TokenResource::Graph), std::optional(now.addSecs(3599)));
    }

    void concurrentRequestsShareOneAcquisition()
    {
        ScriptedCredential credential;
        TokenProvider provider(&credential, *CloudEnvironment::named(u"global"_s));
        provider.setClock([this] { return m_start; });
        QList<QByteArray> got;
        for (int i = 0; i < 5; ++i)
            provider.token(TokenResource::ExchangeAdmin, [&](Result<QByteArray> token) { got << token.value(); });
        QCOMPARE(credential.pending.size(), size_t(1));
        QCOMPARE(provider.acquisitions(), 1);
        credential.answer("exo", m_start.addSecs(3599));
        QCOMPARE(got, QList<QByteArray>(5, "exo"));
    }

    void oneTokenPerResource()
    {
        ScriptedCredential credential;
        TokenProvider provider(&credential, *CloudEnvironment::named(u"global"_s));
        provider.setClock([this] { return m_start; });
        QByteArray graph;
        QByteArray exchange;
        QByteArray smtp;
        provider.token(TokenResource::Graph, [&](auto t) { graph = t.value(); });
        provider.token(TokenResource::ExchangeAdmin, [&](auto t) { exchange = t.value(); });
        provider.token(TokenResource::Smtp, [&](auto t) { smtp = t.value(); });
        QCOMPARE(credential.pending.size(), size_t(3));
        QCOMPARE(credential.scopes,
                 (QStringList{u"https://graph.microsoft.com/.default"_s, u"https://outlook.office365.com/.default"_s,
                              u"https://outlook.office365.com/.default"_s}));
        credential.answer("g", m_start.addSecs(3599));
        credential.answer("e", m_start.addSecs(3599));
        credential.answer("s", m_start.addSecs(3599));
        QCOMPARE(graph, "g"_ba);
        QCOMPARE(exchange, "e"_ba);
        QCOMPARE(smtp, "s"_ba);
    }

    void delegatedCredentialsGetDelegatedScopes()
    {
        ScriptedCredential credential(true);
        TokenProvider provider(&credential, *CloudEnvironment::named(u"global"_s));
        provider.token(TokenResource::Smtp, [](auto) {});
        QCOMPARE(credential.scopes, QStringList{u"https://outlook.office.com/SMTP.Send"_s});
    }

    void failuresReachEveryWaiterAndAreNotCached()
    {
        ScriptedCredential credential;
        TokenProvider provider(&credential, *CloudEnvironment::named(u"global"_s));
        provider.setClock([this] { return m_start; });
        QList<Error::Category> errors;
        for (int i = 0; i < 3; ++i)
            provider.token(TokenResource::Graph, [&](Result<QByteArray> token) { errors << token.error().category; });
        credential.fail(Error::make(Error::Category::Authentication, u"bad secret"_s));
        QCOMPARE(errors, QList<Error::Category>(3, Error::Category::Authentication));
        provider.token(TokenResource::Graph, [](auto) {});
        QCOMPARE(provider.acquisitions(), 2);
    }

    void forceRefreshAndTokenSourceAdapter()
    {
        ScriptedCredential credential;
        TokenProvider provider(&credential, *CloudEnvironment::named(u"global"_s));
        provider.setClock([this] { return m_start; });
        const ApiClient::TokenSource source = provider.tokenSource();
        QByteArray got;
        source(u"graph"_s, false, [&](Result<QByteArray> token) { got = token.value(); });
        credential.answer("first", m_start.addSecs(3599));
        QCOMPARE(got, "first"_ba);
        // After a 401 the ApiClient asks again with forceRefresh: the cache is bypassed.
        source(u"graph"_s, true, [&](Result<QByteArray> token) { got = token.value(); });
        QCOMPARE(provider.acquisitions(), 2);
        credential.answer("second", m_start.addSecs(3599));
        QCOMPARE(got, "second"_ba);
        // A literal scope works as a key too.
        source(u"api://other/.default"_s, false, [](auto) {});
        QCOMPARE(credential.scopes.last(), u"api://other/.default"_s);
    }

    void cancelEndsWaiters()
    {
        ScriptedCredential credential;
        TokenProvider provider(&credential, *CloudEnvironment::named(u"global"_s));
        std::optional<Error::Category> category;
        provider.token(TokenResource::Graph, [&](Result<QByteArray> token) { category = token.error().category; });
        provider.cancel();
        QCOMPARE(category, std::optional(Error::Category::Cancelled));
        // A late answer from the credential is ignored.
        credential.answer("late", m_start.addSecs(3599));
        QCOMPARE(provider.expiresAt(TokenResource::Graph), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "TestTokenProvider.moc"

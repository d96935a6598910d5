#include "identity/SecretStore.h"

#include "TestSupport.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// Runs against the real Secret Service (gnome-keyring in a private D-Bus session, see with-keyring.sh).
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    Status writeSync(SecretStore& store, const QString& profile, const QString& name, const QByteArray& value)
    {
        std::optional<Status> result;
        store.write(profile, name, value, [&](Status s) { result = std::move(s); });
        [&] { QVERIFY(test::waitUntil([&] { return result.has_value(); })); }();
        return result.value_or(Error::make(Error::Category::Timeout, u"no answer"_s));
    }
    Result<std::optional<QByteArray>> readSync(SecretStore& store, const QString& profile, const QString& name)
    {
        std::optional<Result<std::optional<QByteArray>>> result;
        store.read(profile, name, [&](Result<std::optional<QByteArray>> r) { result = std::move(r); });
        [&] { QVERIFY(test::waitUntil([&] { return result.has_value(); })); }();
        return result.value_or(Error::make(Error::Category::Timeout, u"no answer"_s));
    }
    Status removeSync(SecretStore& store, const QString& profile, const QString& name)
    {
        std::optional<Status> result;
        store.remove(profile, name, [&](Status s) { result = std::move(s); });
        [&] { QVERIFY(test::waitUntil([&] { return result.has_value(); })); }();
        return result.value_or(Error::make(Error::Category::Timeout, u"no answer"_s));
    }

    // A unique value per run, so a leftover entry or a file from another run cannot satisfy the test.
    const QByteArray m_secret = "s3cr3t-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "-\xc3\xa4\x01";

private slots:
    void writeReadDeleteRoundTrip()
    {
        SecretStore store(u"smtpaudit-test"_s);
        const QString profile = u"contoso"_s;

        const Status written = writeSync(store, profile, u"client-secret"_s, m_secret);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));

        const auto read = readSync(store, profile, u"client-secret"_s);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read.value().has_value());
        QCOMPARE(*read.value(), m_secret);

        QVERIFY(removeSync(store, profile, u"client-secret"_s).ok());
        const auto afterDelete = readSync(store, profile, u"client-secret"_s);
        QVERIFY(afterDelete.ok());
        QVERIFY2(!afterDelete.value().has_value(), "the secret must be gone after remove()");
    }

    void profilesAreSeparateNamespaces()
    {
        SecretStore store(u"smtpaudit-test"_s);
        QVERIFY(writeSync(store, u"tenant-a"_s, u"client-secret"_s, "alpha").ok());
        QVERIFY(writeSync(store, u"tenant-b"_s, u"client-secret"_s, "bravo").ok());
        QCOMPARE(readSync(store, u"tenant-a"_s, u"client-secret"_s).value().value(), QByteArray("alpha"));
        QCOMPARE(readSync(store, u"tenant-b"_s, u"client-secret"_s).value().value(), QByteArray("bravo"));
        QVERIFY(removeSync(store, u"tenant-a"_s, u"client-secret"_s).ok());
        QVERIFY(!readSync(store, u"tenant-a"_s, u"client-secret"_s).value().has_value());
        QCOMPARE(readSync(store, u"tenant-b"_s, u"client-secret"_s).value().value(), QByteArray("bravo"));
        QVERIFY(removeSync(store, u"tenant-b"_s, u"client-secret"_s).ok());
    }

    void missingEntryIsNotAnError()
    {
        SecretStore store(u"smtpaudit-test"_s);
        const auto read = readSync(store, u"never-saved"_s, u"refresh-token"_s);
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
        // Forgetting what was never stored succeeds too.
        QVERIFY(removeSync(store, u"never-saved"_s, u"refresh-token"_s).ok());
    }

    void secretNeverReachesPlainFiles()
    {
        SecretStore store(u"smtpaudit-test"_s);
        QVERIFY(writeSync(store, u"disk-check"_s, u"password"_s, m_secret).ok());
        // Everything a QSettings fallback or a cache could have written to.
        const QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                   QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                                   QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
        for (const QString& root : roots) {
            const QStringList hits = test::filesContaining(root, m_secret);
            QVERIFY2(hits.isEmpty(), qPrintable(u"secret found in plain file(s): "_s + hits.join(u", "_s)));
        }
        QVERIFY(removeSync(store, u"disk-check"_s, u"password"_s).ok());
    }

    void entryKeyIsNamespacedByProfile()
    {
        QCOMPARE(SecretStore::entryKey(u"p"_s, u"client-secret"_s), u"profile/p/client-secret"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"

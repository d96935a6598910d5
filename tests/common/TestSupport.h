#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace smtpaudit::test {

// Every file under `root` (recursively) whose bytes contain `needle`: used to prove a secret never
// reached the disk.
inline QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

// Waits (bounded) for an asynchronous callback to set `done`.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 10000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace smtpaudit::test

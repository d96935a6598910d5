#pragma once

#include "sample/smtp/SampleSmtpServer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

namespace smtpaudit::sample {

// One client of the sample SMTP endpoint: reads command lines, answers like Exchange Online.
class SampleSmtpConnection : public QObject
{
    Q_OBJECT

public:
    SampleSmtpConnection(SampleSmtpServer* server, qintptr descriptor);
    ~SampleSmtpConnection() override;

signals:
    void closed();

private:
    enum class Mode
    {
        Command,
        AuthLoginUser,
        AuthLoginPassword,
        AuthPlain,
        AuthXoauth2,
        Data,
    };

    void onReadyRead();
    void handleLine(const QByteArray& line);
    void handleCommand(const QByteArray& verb, const QByteArray& argument);
    void handleEhlo(const QByteArray& argument, bool extended);
    void handleStartTls();
    void handleAuth(const QByteArray& argument);
    void handleAuthResponse(const QByteArray& line);
    void handlePlain(const QByteArray& base64);
    void handleXoauth2(const QByteArray& base64);
    void finishAuth(const SmtpAuthAttempt& attempt);
    void handleMail(const QByteArray& argument);
    void handleRcpt(const QByteArray& argument);
    void handleDataLine(const QByteArray& line);
    void resetTransaction();

    void reply(const QByteArray& line);
    // Exchange Online appends the front end's name in brackets to its failure replies.
    QByteArray withServer(const QByteArray& text) const;
    void close();

    SampleSmtpServer* m_server;
    QPointer<QSslSocket> m_socket;
    QTimer m_idle;
    QByteArray m_buffer;
    Mode m_mode = Mode::Command;
    bool m_greeted = false;
    bool m_closing = false;
    QString m_pendingLoginUser;
    QString m_user; // authenticated identity, empty until AUTH succeeds
    QString m_mechanism;
    QString m_mailFrom;
    QStringList m_recipients;
    QByteArray m_data;
    bool m_dataTooLarge = false;
};

} // namespace smtpaudit::sample

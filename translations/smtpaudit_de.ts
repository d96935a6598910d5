<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available. smtpaudit never keeps secrets in a file: start a Secret Service (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar. smtpaudit speichert Geheimnisse niemals in einer Datei: Starten Sie einen Secret Service (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Headless SMTP AUTH audit for Microsoft 365.

Commands:
%1</source>
        <translation>SMTP-AUTH-Prüfung für Microsoft 365 ohne grafische Oberfläche.

Befehle:
%1</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit and harden SMTP AUTH in a Microsoft 365 tenant.</source>
        <translation>SMTP AUTH in einem Microsoft-365-Mandanten prüfen und absichern.</translation>
    </message>
    <message>
        <source>Start on the built-in sample tenant of SIZE (small, medium or large).</source>
        <translation>Mit dem eingebauten Beispielmandanten der Größe SIZE starten (small, medium oder large).</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::MainWindow</name>
    <message>
        <source>smtpaudit — SMTP AUTH audit for Microsoft 365</source>
        <translation>smtpaudit — SMTP-AUTH-Prüfung für Microsoft 365</translation>
    </message>
    <message>
        <source>No tenant connected</source>
        <translation>Kein Mandant verbunden</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Run an audit to see results here.</source>
        <translation>Führen Sie eine Prüfung durch, um hier Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>EffectiveSmtpAuthResolver</name>
    <message>
        <source>Get-CASMailbox: SmtpClientAuthenticationDisabled is True for this mailbox.</source>
        <translation>Get-CASMailbox: SmtpClientAuthenticationDisabled ist für dieses Postfach True.</translation>
    </message>
    <message>
        <source>Get-CASMailbox: SmtpClientAuthenticationDisabled is False for this mailbox; it overrides the organisation setting.</source>
        <translation>Get-CASMailbox: SmtpClientAuthenticationDisabled ist für dieses Postfach False; das überschreibt die Einstellung der Organisation.</translation>
    </message>
    <message>
        <source>The mailbox follows the organisation setting, but Get-TransportConfig could not be read.</source>
        <translation>Das Postfach folgt der Einstellung der Organisation, aber Get-TransportConfig konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The mailbox follows the organisation: Get-TransportConfig SmtpClientAuthenticationDisabled is True.</source>
        <translation>Das Postfach folgt der Organisation: Get-TransportConfig SmtpClientAuthenticationDisabled ist True.</translation>
    </message>
    <message>
        <source>The mailbox follows the organisation: Get-TransportConfig SmtpClientAuthenticationDisabled is False.</source>
        <translation>Das Postfach folgt der Organisation: Get-TransportConfig SmtpClientAuthenticationDisabled ist False.</translation>
    </message>
    <message>
        <source>Entra ID users could not be read, so whether the account is enabled is unknown.</source>
        <translation>Die Entra-ID-Benutzer konnten nicht gelesen werden; ob das Konto aktiviert ist, ist daher unbekannt.</translation>
    </message>
    <message>
        <source>No Entra ID user matches this mailbox's ExternalDirectoryObjectId or user principal name.</source>
        <translation>Kein Entra-ID-Benutzer passt zur ExternalDirectoryObjectId oder zum Benutzerprinzipalnamen dieses Postfachs.</translation>
    </message>
    <message>
        <source>The Entra ID account is disabled (accountEnabled is false): it cannot sign in at all.</source>
        <translation>Das Entra-ID-Konto ist deaktiviert (accountEnabled ist false): Es kann sich überhaupt nicht anmelden.</translation>
    </message>
    <message>
        <source>Get-User could not be read, so the user's authentication policy is unknown.</source>
        <translation>Get-User konnte nicht gelesen werden; die Authentifizierungsrichtlinie des Benutzers ist daher unbekannt.</translation>
    </message>
    <message>
        <source>assigned to the user</source>
        <translation>dem Benutzer zugewiesen</translation>
    </message>
    <message>
        <source>Get-OrganizationConfig could not be read, so the default authentication policy is unknown.</source>
        <translation>Get-OrganizationConfig konnte nicht gelesen werden; die Standard-Authentifizierungsrichtlinie ist daher unbekannt.</translation>
    </message>
    <message>
        <source>organisation default</source>
        <translation>Standard der Organisation</translation>
    </message>
    <message>
        <source>Authentication policy '%1' (%2) applies, but Get-AuthenticationPolicy could not be read.</source>
        <translation>Die Authentifizierungsrichtlinie „%1“ (%2) gilt, aber Get-AuthenticationPolicy konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Authentication policy '%1' (%2) is not among the policies Get-AuthenticationPolicy returned.</source>
        <translation>Die Authentifizierungsrichtlinie „%1“ (%2) ist nicht unter den Richtlinien, die Get-AuthenticationPolicy geliefert hat.</translation>
    </message>
    <message>
        <source>Authentication policy '%1' (%2) has AllowBasicAuthSmtp False.</source>
        <translation>Die Authentifizierungsrichtlinie „%1“ (%2) hat AllowBasicAuthSmtp False.</translation>
    </message>
    <message>
        <source>Authentication policy '%1' (%2) has AllowBasicAuthSmtp True.</source>
        <translation>Die Authentifizierungsrichtlinie „%1“ (%2) hat AllowBasicAuthSmtp True.</translation>
    </message>
    <message>
        <source>The security defaults policy could not be read.</source>
        <translation>Die Richtlinie der Sicherheitsstandards konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Security defaults are enabled for the tenant; they block legacy authentication.</source>
        <translation>Die Sicherheitsstandards sind für den Mandanten aktiviert; sie blockieren die Legacy-Authentifizierung.</translation>
    </message>
    <message>
        <source>Conditional Access policies could not be read.</source>
        <translation>Die Richtlinien für bedingten Zugriff konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Conditional Access blocks legacy authentication: %1.</source>
        <translation>Bedingter Zugriff blockiert die Legacy-Authentifizierung: %1.</translation>
    </message>
    <message>
        <source>Conditional Access policies that block legacy authentication are scoped to groups or roles whose members were not read: %1.</source>
        <translation>Richtlinien für bedingten Zugriff, die die Legacy-Authentifizierung blockieren, gelten für Gruppen oder Rollen, deren Mitglieder nicht gelesen wurden: %1.</translation>
    </message>
    <message>
        <source>Excluded from Conditional Access policies that block legacy authentication: %1.</source>
        <translation>Ausgenommen von Richtlinien für bedingten Zugriff, die die Legacy-Authentifizierung blockieren: %1.</translation>
    </message>
    <message>
        <source>Per-user MFA states could not be read.</source>
        <translation>Die MFA-Zustände pro Benutzer konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Per-user MFA is enforced for this user; legacy clients need app passwords.</source>
        <translation>MFA pro Benutzer wird für diesen Benutzer erzwungen; Legacy-Clients benötigen App-Kennwörter.</translation>
    </message>
</context>
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
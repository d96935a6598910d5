<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiClient</name>
    <message>
        <source>Request URL</source>
        <translation>Anforderungs-URL</translation>
    </message>
    <message>
        <source>This request needs a sign-in, but no credential is configured.</source>
        <translation>Diese Anforderung erfordert eine Anmeldung, aber es sind keine Anmeldeinformationen konfiguriert.</translation>
    </message>
    <message>
        <source>The request did not complete before its deadline.</source>
        <translation>Die Anforderung wurde nicht vor Ablauf ihrer Frist abgeschlossen.</translation>
    </message>
    <message>
        <source>The service sent a reply that is not valid JSON.</source>
        <translation>Der Dienst hat eine Antwort gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>The server redirected a request that must not be redirected; it was not followed.</source>
        <translation>Der Server hat eine Anforderung umgeleitet, die nicht umgeleitet werden darf; der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server sent a redirect without a valid target.</source>
        <translation>Der Server hat eine Umleitung ohne gültiges Ziel gesendet.</translation>
    </message>
    <message>
        <source>The server redirected from https:// to an insecure address; the redirect was refused.</source>
        <translation>Der Server hat von https:// auf eine unsichere Adresse umgeleitet; die Umleitung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>Umleitungsziel</translation>
    </message>
    <message>
        <source>The server redirected to an address smtpaudit does not connect to.</source>
        <translation>Der Server hat auf eine Adresse umgeleitet, zu der smtpaudit keine Verbindung herstellt.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>No connection profile named %1.</source>
        <translation>Kein Verbindungsprofil mit dem Namen %1.</translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation>Kein geheimer Clientschlüssel in der Standardeingabe.</translation>
    </message>
    <message>
        <source>Missing for %1: %2. %3</source>
        <translation>Fehlt für %1: %2. %3</translation>
    </message>
    <message>
        <source>%1: FAILED (%2): %3</source>
        <translation>%1: FEHLGESCHLAGEN (%2): %3</translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation>Das Audit konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>Das Audit wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The audit was not saved to the history: %1</source>
        <translation>Das Audit wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 mailboxes, %2 findings to act on, score %3, %4 in %5 s (%6 requests, %7 retries)</source>
        <translation>%1 Postfächer, %2 zu behebende Befunde, Bewertung %3, %4 in %5 s (%6 Anforderungen, %7 Wiederholungen)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>UNVOLLSTÄNDIG</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>--sample-tenant takes small, medium or large.</source>
        <translation>--sample-tenant akzeptiert small, medium oder large.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Audits SMTP AUTH in a Microsoft 365 tenant.
Exit codes: 0 no finding at or above --fail-on, 1 findings at or above --fail-on, 2 usage error,
3 sign-in failed or a permission is missing (the outputs are written when the audit ran, partial),
4 incomplete for another reason (licence, network, service, cancelled, an output not written).</source>
        <translation>Auditiert SMTP AUTH in einem Microsoft 365-Mandanten.
Exitcodes: 0 kein Befund auf oder über --fail-on, 1 Befunde auf oder über --fail-on, 2 Verwendungsfehler,
3 Anmeldung fehlgeschlagen oder eine Berechtigung fehlt (die Ausgaben werden geschrieben, wenn das Audit lief, unvollständig),
4 aus einem anderen Grund unvollständig (Lizenz, Netzwerk, Dienst, abgebrochen, eine Ausgabe nicht geschrieben).</translation>
    </message>
    <message>
        <source>Audit the built-in sample tenant of SIZE.</source>
        <translation>Den integrierten Beispielmandanten der Größe SIZE auditieren.</translation>
    </message>
    <message>
        <source>Seed of the sample tenant.</source>
        <translation>Startwert (Seed) des Beispielmandanten.</translation>
    </message>
    <message>
        <source>Response time of the sample tenant's API, counted from each request's arrival.</source>
        <translation>Antwortzeit der API des Beispielmandanten, gezählt ab dem Eintreffen jeder Anfrage.</translation>
    </message>
    <message>
        <source>Share of sample API responses replaced by faults.</source>
        <translation>Anteil der Beispiel-API-Antworten, die durch Fehler ersetzt werden.</translation>
    </message>
    <message>
        <source>The sample tenant has no Entra ID P1.</source>
        <translation>Der Beispielmandant hat kein Entra ID P1.</translation>
    </message>
    <message>
        <source>Sign in to the sample tenant as the app without AuditLog.Read.All.</source>
        <translation>Beim Beispielmandanten als App ohne AuditLog.Read.All anmelden.</translation>
    </message>
    <message>
        <source>Write the sample tenant's ground truth.</source>
        <translation>Das Sollergebnis des Beispielmandanten schreiben.</translation>
    </message>
    <message>
        <source>Use the saved connection profile NAME.</source>
        <translation>Das gespeicherte Verbindungsprofil NAME verwenden.</translation>
    </message>
    <message>
        <source>Tenant id or verified domain.</source>
        <translation>Mandanten-ID oder überprüfte Domäne.</translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation>Anwendungs-ID (Client-ID).</translation>
    </message>
    <message>
        <source>device-code, secret or certificate.</source>
        <translation>device-code, secret oder certificate.</translation>
    </message>
    <message>
        <source>Certificate with private key (PEM or PKCS#12).</source>
        <translation>Zertifikat mit privatem Schlüssel (PEM oder PKCS#12).</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>Den geheimen Clientschlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>global, usgov, usgovdod, china or custom.</source>
        <translation>global, usgov, usgovdod, china oder custom.</translation>
    </message>
    <message>
        <source>Custom cloud: identity platform URL.</source>
        <translation>Benutzerdefinierte Cloud: URL der Identitätsplattform.</translation>
    </message>
    <message>
        <source>Custom cloud: Microsoft Graph URL.</source>
        <translation>Benutzerdefinierte Cloud: Microsoft Graph-URL.</translation>
    </message>
    <message>
        <source>Custom cloud: Exchange Online URL.</source>
        <translation>Benutzerdefinierte Cloud: Exchange Online-URL.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM.</source>
        <translation>Zusätzlich den CA-Zertifikaten in PEM vertrauen.</translation>
    </message>
    <message>
        <source>Sign-in window in days (1-30).</source>
        <translation>Anmeldezeitraum in Tagen (1-30).</translation>
    </message>
    <message>
        <source>Write the audit as JSON to FILE (- for standard output).</source>
        <translation>Das Audit als JSON in FILE schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write the CSV exports into DIR.</source>
        <translation>Die CSV-Exporte in DIR schreiben.</translation>
    </message>
    <message>
        <source>Write the PDF report to FILE.</source>
        <translation>Den PDF-Bericht in FILE schreiben.</translation>
    </message>
    <message>
        <source>Exit 1 for findings of SEVERITY or higher.</source>
        <translation>Exitcode 1 bei Befunden mit Schweregrad SEVERITY oder höher.</translation>
    </message>
    <message>
        <source>No progress and no summary; errors only.</source>
        <translation>Kein Fortschritt und keine Zusammenfassung, nur Fehler.</translation>
    </message>
    <message>
        <source>Requests on the wire at once.</source>
        <translation>Gleichzeitig laufende Anforderungen.</translation>
    </message>
    <message>
        <source>Send every request on its own (no $batch).</source>
        <translation>Jede Anforderung einzeln senden (kein $batch).</translation>
    </message>
    <message>
        <source>Audit history directory.</source>
        <translation>Verzeichnis für den Auditverlauf.</translation>
    </message>
    <message>
        <source>Neither read nor save the audit history.</source>
        <translation>Den Auditverlauf weder lesen noch speichern.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Choose exactly one of --sample-tenant SIZE, --profile NAME or --tenant ID.</source>
        <translation>Wählen Sie genau eine der Optionen --sample-tenant SIZE, --profile NAME oder --tenant ID.</translation>
    </message>
    <message>
        <source>--%1 applies to --sample-tenant only.</source>
        <translation>--%1 gilt nur für --sample-tenant.</translation>
    </message>
    <message>
        <source>Invalid number: --days takes 1-30, --concurrency 1-64, --fault-rate 0-1, --seed and --sample-latency-ms non-negative numbers.</source>
        <translation>Ungültige Zahl: --days akzeptiert 1-30, --concurrency 1-64, --fault-rate 0-1, --seed und --sample-latency-ms nicht negative Zahlen.</translation>
    </message>
    <message>
        <source>--fail-on takes info, low, medium, high or critical.</source>
        <translation>--fail-on akzeptiert info, low, medium, high oder critical.</translation>
    </message>
    <message>
        <source>--tenant needs --client-id and --auth device-code|secret|certificate.</source>
        <translation>--tenant benötigt --client-id und --auth device-code|secret|certificate.</translation>
    </message>
    <message>
        <source>--auth takes device-code, secret or certificate.</source>
        <translation>--auth akzeptiert device-code, secret oder certificate.</translation>
    </message>
    <message>
        <source>--auth certificate needs --certificate FILE.</source>
        <translation>--auth certificate benötigt --certificate FILE.</translation>
    </message>
    <message>
        <source>--auth secret reads the secret from standard input: add --client-secret-stdin (a secret on the command line would end up in the shell history).</source>
        <translation>--auth secret liest den geheimen Schlüssel von der Standardeingabe: Fügen Sie --client-secret-stdin hinzu (ein geheimer Schlüssel in der Befehlszeile würde im Shellverlauf landen).</translation>
    </message>
    <message numerus="yes">
        <source>%1: complete, %n object(s)</source>
        <translation>
            <numerusform>%1: vollständig, %n Objekt</numerusform><numerusform>%1: vollständig, %n Objekte</numerusform></translation>
    </message>
    <message>
        <source>%1/%2 collectors</source>
        <translation>%1/%2 Collectors</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform><numerusform>%n Objekte</numerusform></translation>
    </message>
    <message>
        <source>The sample tenant speaks HTTP/1.1 only (no HTTP/2).</source>
        <translation>Der Beispiel-Mandant spricht nur HTTP/1.1 (kein HTTP/2).</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Unbekanntes Exportformat.</translation>
    </message>
</context>
<context>
    <name>AuditJson</name>
    <message>
        <source>expected a string</source>
        <translation>Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation>true, false oder null erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <source>expected an ISO-8601 time</source>
        <translation>ISO-8601-Zeitangabe erwartet</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenfolgen erwartet</translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation>Array von Objekten erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>unknown collector or state</source>
        <translation>unbekannter Collector oder Status</translation>
    </message>
    <message>
        <source>unknown collector</source>
        <translation>unbekannter Collector</translation>
    </message>
    <message>
        <source>expected an object or null</source>
        <translation>Objekt oder null erwartet</translation>
    </message>
    <message>
        <source>unknown verdict</source>
        <translation>unbekannte Bewertung</translation>
    </message>
    <message>
        <source>unknown reason code '%1'</source>
        <translation>unbekannter Ursachencode „%1“</translation>
    </message>
    <message>
        <source>unknown credential kind</source>
        <translation>unbekannte Art von Anmeldeinformationen</translation>
    </message>
    <message>
        <source>unknown severity or kind</source>
        <translation>unbekannter Schweregrad oder unbekannte Art</translation>
    </message>
    <message>
        <source>The file is not a smtpaudit audit (no schemaVersion).</source>
        <translation>Die Datei ist kein smtpaudit-Audit (keine schemaVersion).</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>The audit file is damaged: %1</source>
        <translation>Die Auditdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The audit file is not valid JSON (it may be truncated): %1 at byte %2.</source>
        <translation>Die Auditdatei ist kein gültiges JSON (sie ist möglicherweise abgeschnitten): %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The audit file does not hold a JSON object.</source>
        <translation>Die Auditdatei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>expected one entry per mailbox</source>
        <translation>ein Eintrag pro Postfach erwartet</translation>
    </message>
    <message>
        <source>expected an index into reasonTexts</source>
        <translation>ein Index in reasonTexts erwartet</translation>
    </message>
    <message>
        <source>The audit has schema version %1; this version of smtpaudit reads versions %2 to %3.</source>
        <translation>Das Audit hat die Schemaversion %1; diese Version von smtpaudit liest die Versionen %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>AuditOutputs</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Audit JSON written to %1</source>
        <translation>Audit-JSON in %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot write the CSV files to %1: %2</source>
        <translation>Die CSV-Dateien können nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 CSV files written to %2</source>
        <translation>%1 CSV-Dateien in %2 geschrieben</translation>
    </message>
    <message>
        <source>The PDF report needs the offscreen graphics platform, which is not available.</source>
        <translation>Der PDF-Bericht benötigt die Offscreen-Grafikplattform, die nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: %2</source>
        <translation>Der PDF-Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF report written to %1: %2 pages, %3 KiB in %4 s</source>
        <translation>PDF-Bericht in %1 geschrieben: %2 Seiten, %3 KiB in %4 s</translation>
    </message>
</context>
<context>
    <name>AuditRun</name>
    <message>
        <source>The per-user MFA states were not read because the mailbox list could not be read: %1</source>
        <translation>Die MFA-Status pro Benutzer wurden nicht gelesen, da die Postfachliste nicht gelesen werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>Could not create the audit history folder.</source>
        <translation>Der Ordner für den Auditverlauf konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write the audit file.</source>
        <translation>Die Auditdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not read the audit file.</source>
        <translation>Die Auditdatei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>AuthCodeCredential</name>
    <message>
        <source>The browser sign-in was not completed in time.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>The browser sign-in failed.</source>
        <translation>Die Anmeldung im Browser ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sign-in redirect carried no code.</source>
        <translation>Die Umleitung nach der Anmeldung enthielt keinen Code.</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PEM file holds no private key, or its passphrase is wrong.</source>
        <translation>Die PEM-Datei enthält keinen privaten Schlüssel, oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The PEM file holds no certificate that matches its private key.</source>
        <translation>Die PEM-Datei enthält kein Zertifikat, das zu ihrem privaten Schlüssel passt.</translation>
    </message>
    <message>
        <source>The PKCS#12 file cannot be opened: the passphrase is wrong or the file is damaged.</source>
        <translation>Die PKCS#12-Datei kann nicht geöffnet werden: Die Passphrase ist falsch, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The PKCS#12 file's certificate does not match its private key.</source>
        <translation>Das Zertifikat der PKCS#12-Datei passt nicht zu ihrem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate's key is not an RSA key; Microsoft Entra ID accepts RSA only.</source>
        <translation>Der Schlüssel des Zertifikats ist kein RSA-Schlüssel; Microsoft Entra ID akzeptiert nur RSA.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Das Zertifikat kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Signing the client assertion failed.</source>
        <translation>Das Signieren der Clientassertion ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>Graph-URL</translation>
    </message>
    <message>
        <source>Exchange Online URL</source>
        <translation>Exchange Online-URL</translation>
    </message>
    <message>
        <source>A token scope is empty.</source>
        <translation>Ein Tokenbereich ist leer.</translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>No API client is configured.</source>
        <translation>Es ist kein API-Client konfiguriert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CollectorText</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>MFA registration</source>
        <translation>MFA-Registrierung</translation>
    </message>
    <message>
        <source>Per-user MFA</source>
        <translation>MFA pro Benutzer</translation>
    </message>
    <message>
        <source>Security defaults</source>
        <translation>Sicherheitsstandards</translation>
    </message>
    <message>
        <source>Conditional Access policies</source>
        <translation>Richtlinien für bedingten Zugriff</translation>
    </message>
    <message>
        <source>Named locations</source>
        <translation>Benannte Standorte</translation>
    </message>
    <message>
        <source>App registrations</source>
        <translation>App-Registrierungen</translation>
    </message>
    <message>
        <source>Sign-in log</source>
        <translation>Anmeldeprotokoll</translation>
    </message>
    <message>
        <source>Organisation SMTP AUTH setting</source>
        <translation>SMTP AUTH-Einstellung der Organisation</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Authentication policies</source>
        <translation>Authentifizierungsrichtlinien</translation>
    </message>
    <message>
        <source>Default authentication policy</source>
        <translation>Standard-Authentifizierungsrichtlinie</translation>
    </message>
    <message>
        <source>Per-user authentication policies</source>
        <translation>Authentifizierungsrichtlinien pro Benutzer</translation>
    </message>
    <message>
        <source>Group and role memberships</source>
        <translation>Gruppen- und Rollenmitgliedschaften</translation>
    </message>
    <message>
        <source>Grant the missing permission to the app (admin consent) and run the audit again.</source>
        <translation>Erteilen Sie der App die fehlende Berechtigung (Administratorzustimmung), und führen Sie das Audit erneut aus.</translation>
    </message>
    <message>
        <source>Grant %1 to the app (admin consent) and run the audit again.</source>
        <translation>Erteilen Sie der App %1 (Administratorzustimmung), und führen Sie das Audit erneut aus.</translation>
    </message>
    <message>
        <source>This needs a licence the tenant does not have; the rest of the audit still works.</source>
        <translation>Hierfür ist eine Lizenz erforderlich, über die der Mandant nicht verfügt; der Rest des Audits funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>Microsoft is limiting requests right now. Try again in a few minutes.</source>
        <translation>Microsoft begrenzt derzeit die Anforderungen. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Überprüfen Sie die Netzwerkverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the tenant, the app's client id and its secret or certificate.</source>
        <translation>Überprüfen Sie den Mandanten, die Client-ID der App und ihren geheimen Clientschlüssel bzw. ihr Zertifikat.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A profile name has 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Ein Profilname besteht aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <source>The tenant must be a tenant id or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Der Mandant muss eine Mandanten-ID oder eine Domäne wie contoso.onmicrosoft.com sein.</translation>
    </message>
    <message>
        <source>The client id must be the app registration's application id (a GUID).</source>
        <translation>Die Client-ID muss die Anwendungs-ID der App-Registrierung (eine GUID) sein.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the path of the certificate file.</source>
        <translation>Für die Anmeldung per Zertifikat wird der Pfad der Zertifikatdatei benötigt.</translation>
    </message>
    <message>
        <source>%1 is not an IP range in CIDR notation (e.g. 203.0.113.0/24).</source>
        <translation>%1 ist kein IP-Bereich in CIDR-Notation (z. B. 203.0.113.0/24).</translation>
    </message>
    <message>
        <source>Unknown cloud "%1"; use one of %2 or custom.</source>
        <translation>Unbekannte Cloud „%1“; verwenden Sie einen der Werte %2 oder custom.</translation>
    </message>
</context>
<context>
    <name>DelegatedCredential</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeCredential</name>
    <message>
        <source>The sign-in service sent an incomplete device code answer.</source>
        <translation>Der Anmeldedienst hat eine unvollständige Antwort zum Gerätecode gesendet.</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1, und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>The sign-in code expired before the sign-in was completed.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeStore</name>
    <message>
        <source>Unknown device code %1.</source>
        <translation>Unbekannter Gerätecode %1.</translation>
    </message>
    <message>
        <source>The device code %1 has expired.</source>
        <translation>Der Gerätecode %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>The device code %1 was already approved or declined.</source>
        <translation>Der Gerätecode %1 wurde bereits genehmigt oder abgelehnt.</translation>
    </message>
</context>
<context>
    <name>DiffText</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Compared with the audit of %1.</source>
        <translation>Verglichen mit dem Audit vom %1.</translation>
    </message>
    <message>
        <source>Nothing changed since the previous audit.</source>
        <translation>Seit dem vorherigen Audit hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Not verified (the newer audit could not check them)</source>
        <translation>Nicht überprüft (das neuere Audit konnte sie nicht prüfen)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt</translation>
    </message>
    <message>
        <source>Findings with changed objects</source>
        <translation>Befunde mit geänderten Objekten</translation>
    </message>
    <message>
        <source>SMTP AUTH verdict changes</source>
        <translation>Änderungen der SMTP AUTH-Bewertung</translation>
    </message>
    <message>
        <source>New mailboxes</source>
        <translation>Neue Postfächer</translation>
    </message>
    <message>
        <source>Removed mailboxes</source>
        <translation>Entfernte Postfächer</translation>
    </message>
</context>
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
    <name>ExchangeSettingsCollector</name>
    <message>
        <source>The Exchange admin API answered %1 without a list of results.</source>
        <translation>Die Exchange-Admin-API hat %1 ohne Ergebnisliste beantwortet.</translation>
    </message>
    <message>
        <source>Unreadable Exchange answer.</source>
        <translation>Unlesbare Antwort von Exchange.</translation>
    </message>
    <message>
        <source>The Exchange admin API returned no object for %1.</source>
        <translation>Die Exchange-Admin-API hat für %1 kein Objekt zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>%1 severity</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>Affected (%1)</source>
        <translation>Betroffen (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform><numerusform>in %n Tagen</numerusform></translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform><numerusform>%n Tage überfällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform><numerusform>noch %n Tage</numerusform></translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>The tenant has no Microsoft Entra ID P1 or P2 licence, which this data requires.</source>
        <translation>Der Mandant hat keine Microsoft Entra ID P1- oder P2-Lizenz, die für diese Daten erforderlich ist.</translation>
    </message>
    <message>
        <source>The service did not accept the access token. Sign in again.</source>
        <translation>Der Dienst hat das Zugriffstoken nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Access denied: the app or the signed-in user lacks a permission or role.</source>
        <translation>Zugriff verweigert: Der App oder dem angemeldeten Benutzer fehlt eine Berechtigung oder Rolle.</translation>
    </message>
    <message>
        <source>Access denied: the permission %1 is missing or has no admin consent.</source>
        <translation>Zugriff verweigert: Die Berechtigung %1 fehlt oder hat keine Administratorzustimmung.</translation>
    </message>
    <message>
        <source>The requested object or endpoint does not exist.</source>
        <translation>Das angeforderte Objekt oder der Endpunkt ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The service kept throttling the requests; try again later.</source>
        <translation>Der Dienst hat die Anforderungen fortlaufend gedrosselt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service was unavailable or busy and stayed so after several retries.</source>
        <translation>Der Dienst war nicht verfügbar oder ausgelastet und blieb es auch nach mehreren Wiederholungsversuchen.</translation>
    </message>
    <message>
        <source>The service's gateway timed out, also on retry.</source>
        <translation>Beim Gateway des Dienstes ist ein Timeout aufgetreten, auch bei der Wiederholung.</translation>
    </message>
    <message>
        <source>The service reported an internal error.</source>
        <translation>Der Dienst hat einen internen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The service rejected the request.</source>
        <translation>Der Dienst hat die Anforderung abgelehnt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The request did not complete before its deadline.</source>
        <translation>Die Anforderung wurde nicht vor Ablauf ihrer Frist abgeschlossen.</translation>
    </message>
    <message>
        <source>The TLS connection failed: the server's certificate could not be verified.</source>
        <translation>Die TLS-Verbindung ist fehlgeschlagen: Das Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server's name could not be resolved.</source>
        <translation>Der Name des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server closed the connection before the reply was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>A network error interrupted the request.</source>
        <translation>Ein Netzwerkfehler hat die Anforderung unterbrochen.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Geheimer Clientschlüssel der App</translation>
    </message>
    <message>
        <source>App certificate</source>
        <translation>App-Zertifikat</translation>
    </message>
    <message>
        <source>smtpaudit's own credential</source>
        <translation>Eigene Anmeldeinformationen von smtpaudit</translation>
    </message>
    <message>
        <source>Rotate the SMTP password of %1</source>
        <translation>SMTP-Kennwort von %1 ändern</translation>
    </message>
    <message>
        <source>Renew the client secret "%1" of %2</source>
        <translation>Geheimen Clientschlüssel „%1“ von %2 erneuern</translation>
    </message>
    <message>
        <source>Renew the certificate "%1" of %2</source>
        <translation>Zertifikat „%1“ von %2 erneuern</translation>
    </message>
    <message>
        <source>Renew smtpaudit's credential %1</source>
        <translation>Anmeldeinformationen %1 von smtpaudit erneuern</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>SMTP credential rotation</source>
        <translation>Rotation der SMTP-Anmeldeinformationen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Credential: %1</source>
        <translation>Anmeldeinformationen: %1</translation>
    </message>
    <message>
        <source>Object id: %1</source>
        <translation>Objekt-ID: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>From an smtpaudit audit.</source>
        <translation>Aus einem smtpaudit-Audit.</translation>
    </message>
    <message>
        <source>smtpaudit</source>
        <translation>smtpaudit</translation>
    </message>
</context>
<context>
    <name>IdentityPlatform</name>
    <message>
        <source>There is no user %1 in the sample tenant.</source>
        <translation>Im Beispielmandanten gibt es keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>The sample identity platform lacks keys.</source>
        <translation>Der Beispiel-Identitätsplattform fehlen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>JsonBatch</name>
    <message>
        <source>A batch reply has no list of responses.</source>
        <translation>Eine Batchantwort enthält keine Liste von Antworten.</translation>
    </message>
    <message>
        <source>The batch reply lacks an item.</source>
        <translation>In der Batchantwort fehlt ein Element.</translation>
    </message>
    <message>
        <source>A batch item has no status.</source>
        <translation>Ein Batchelement hat keinen Status.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Umleitung nach der Anmeldung gewartet werden.</translation>
    </message>
    <message>
        <source>Not a sign-in redirect.</source>
        <translation>Keine Umleitung nach einer Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in failed. Return to smtpaudit for details.</source>
        <translation>Anmeldung fehlgeschlagen. Kehren Sie zu smtpaudit zurück, um Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Sign-in complete. You can close this window and return to smtpaudit.</source>
        <translation>Anmeldung abgeschlossen. Sie können dieses Fenster schließen und zu smtpaudit zurückkehren.</translation>
    </message>
</context>
<context>
    <name>MailboxDetails</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>SMTP AUTH: %1</source>
        <translation>SMTP AUTH: %1</translation>
    </message>
    <message>
        <source>Why (in the order Exchange Online applies it)</source>
        <translation>Begründung (in der Reihenfolge, in der Exchange Online sie anwendet)</translation>
    </message>
    <message>
        <source>Mailbox setting</source>
        <translation>Postfacheinstellung</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Konto aktiviert</translation>
    </message>
    <message>
        <source>Authentication policy</source>
        <translation>Authentifizierungsrichtlinie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>MFA registered</source>
        <translation>MFA registriert</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Per-user MFA</source>
        <translation>MFA pro Benutzer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Password last changed</source>
        <translation>Kennwort zuletzt geändert</translation>
    </message>
    <message numerus="yes">
        <source>SMTP sign-ins (%n day(s))</source>
        <translation>
            <numerusform>SMTP-Anmeldungen (%n Tag)</numerusform><numerusform>SMTP-Anmeldungen (%n Tage)</numerusform></translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last successful</source>
        <translation>Zuletzt erfolgreich</translation>
    </message>
    <message>
        <source>Basic / OAuth</source>
        <translation>Basic / OAuth</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>Quelladressen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>SMTP sign-ins</source>
        <translation>SMTP-Anmeldungen</translation>
    </message>
    <message>
        <source>sign-in log not available</source>
        <translation>Anmeldeprotokoll nicht verfügbar</translation>
    </message>
    <message>
        <source># No successful SMTP sign-in in the audit window: switch SMTP AUTH off for this mailbox.</source>
        <translation># Keine erfolgreiche SMTP-Anmeldung im Auditzeitraum: Deaktivieren Sie SMTP AUTH für dieses Postfach.</translation>
    </message>
    <message>
        <source># This mailbox sends over SMTP AUTH with a password. Move the device to OAuth (XOAUTH2) or an SMTP relay connector,</source>
        <translation># Dieses Postfach sendet über SMTP AUTH mit einem Kennwort. Stellen Sie das Gerät auf OAuth (XOAUTH2) oder einen SMTP-Relay-Connector um,</translation>
    </message>
    <message>
        <source># then block Basic authentication for it with an authentication policy:</source>
        <translation># und blockieren Sie dann die Standardauthentifizierung dafür mit einer Authentifizierungsrichtlinie:</translation>
    </message>
    <message>
        <source># Only OAuth can sign in over SMTP for this mailbox. Keep it so; nothing to change.</source>
        <translation># Für dieses Postfach kann sich nur OAuth über SMTP anmelden. Lassen Sie es so; es ist nichts zu ändern.</translation>
    </message>
    <message>
        <source># SMTP AUTH is already off for this mailbox. To verify:</source>
        <translation># SMTP AUTH ist für dieses Postfach bereits deaktiviert. Zur Überprüfung:</translation>
    </message>
    <message>
        <source># The audit could not read everything this verdict depends on. Check the mailbox directly:</source>
        <translation># Das Audit konnte nicht alles lesen, wovon diese Bewertung abhängt. Überprüfen Sie das Postfach direkt:</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>The %1 contains a line break or a NUL character; that could inject headers or commands, so nothing was sent.</source>
        <translation>Das Feld „%1“ enthält einen Zeilenumbruch oder ein NUL-Zeichen; damit könnten Header oder Befehle eingeschleust werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The %1 address is empty.</source>
        <translation>Die Adresse im Feld „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The %1 address is longer than %2 characters.</source>
        <translation>Die Adresse im Feld „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 address "%2" contains non-ASCII characters; internationalised addresses (SMTPUTF8) are not supported by the test send.</source>
        <translation>Die Adresse „%2“ im Feld „%1“ enthält Nicht-ASCII-Zeichen; internationalisierte Adressen (SMTPUTF8) werden beim Testversand nicht unterstützt.</translation>
    </message>
    <message>
        <source>The %1 address "%2" contains a space, a control character or one of &lt;&gt;(),;"\; enter a plain address like name@example.com.</source>
        <translation>Die Adresse „%2“ im Feld „%1“ enthält ein Leerzeichen, ein Steuerzeichen oder eines der Zeichen &lt;&gt;(),;"\; geben Sie eine einfache Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>The %1 address "%2" is not of the form name@domain.</source>
        <translation>Die Adresse „%2“ im Feld „%1“ hat nicht die Form name@domain.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>At least one recipient is needed.</source>
        <translation>Mindestens ein Empfänger ist erforderlich.</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The message body contains a NUL character.</source>
        <translation>Der Nachrichtentext enthält ein NUL-Zeichen.</translation>
    </message>
</context>
<context>
    <name>MfaCoverage</name>
    <message>
        <source>enforced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Per-user MFA</source>
        <translation>MFA pro Benutzer</translation>
    </message>
    <message>
        <source>Security defaults</source>
        <translation>Sicherheitsstandards</translation>
    </message>
    <message>
        <source>Conditional Access</source>
        <translation>Bedingter Zugriff</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>The sign-in service answered without a usable access token.</source>
        <translation>Der Anmeldedienst hat ohne verwendbares Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable; try again later.</source>
        <translation>Der Anmeldedienst ist nicht verfügbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The client secret has expired. Create a new secret for the app registration.</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen. Erstellen Sie einen neuen geheimen Clientschlüssel für die App-Registrierung.</translation>
    </message>
    <message>
        <source>The certificate was not accepted: it is not registered for the app, has expired, or this computer's clock is wrong.</source>
        <translation>Das Zertifikat wurde nicht akzeptiert: Es ist nicht für die App registriert, ist abgelaufen, oder die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>The app's credential was not accepted: check the client secret or certificate.</source>
        <translation>Die Anmeldeinformationen der App wurden nicht akzeptiert: Überprüfen Sie den geheimen Clientschlüssel oder das Zertifikat.</translation>
    </message>
    <message>
        <source>The app is not known in this tenant, or is not allowed to use this sign-in method.</source>
        <translation>Die App ist in diesem Mandanten nicht bekannt oder darf diese Anmeldemethode nicht verwenden.</translation>
    </message>
    <message>
        <source>The tenant was not found. Check the tenant id or domain and the cloud.</source>
        <translation>Der Mandant wurde nicht gefunden. Überprüfen Sie die Mandanten-ID oder Domäne und die Cloud.</translation>
    </message>
    <message>
        <source>The app lacks admin consent for the requested permissions.</source>
        <translation>Der App fehlt die Administratorzustimmung für die angeforderten Berechtigungen.</translation>
    </message>
    <message>
        <source>The requested permission scope is not valid for this app.</source>
        <translation>Der angeforderte Berechtigungsbereich ist für diese App nicht gültig.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked; sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in code expired before the sign-in was completed.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise the device code.</source>
        <translation>Der Anmeldedienst hat den Gerätecode nicht erkannt.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Office365Diagnosis</name>
    <message>
        <source>The server requires authentication</source>
        <translation>Der Server erfordert eine Authentifizierung</translation>
    </message>
    <message>
        <source>The client sent MAIL FROM without a successful AUTH (5.7.57). Exchange Online accepts client submissions only from authenticated senders, and only after STARTTLS.</source>
        <translation>Der Client hat MAIL FROM ohne erfolgreiches AUTH gesendet (5.7.57). Exchange Online akzeptiert Clientübermittlungen nur von authentifizierten Absendern und erst nach STARTTLS.</translation>
    </message>
    <message>
        <source>Configure the device or application to sign in (OAuth/XOAUTH2 preferred) and to use smtp.office365.com port 587 with STARTTLS.</source>
        <translation>Konfigurieren Sie das Gerät oder die Anwendung so, dass es sich anmeldet (vorzugsweise mit OAuth/XOAUTH2) und smtp.office365.com an Port 587 mit STARTTLS verwendet.</translation>
    </message>
    <message>
        <source>Basic authentication is no longer accepted for SMTP</source>
        <translation>Die Standardauthentifizierung wird für SMTP nicht mehr akzeptiert</translation>
    </message>
    <message>
        <source>Exchange Online rejected Basic authentication (user name and password) for client submission (5.7.30). Basic auth for SMTP AUTH is disabled by default in existing tenants from the end of December 2026 and will be removed later.</source>
        <translation>Exchange Online hat die Standardauthentifizierung (Benutzername und Kennwort) für die Clientübermittlung abgelehnt (5.7.30). Die Standardauthentifizierung für SMTP AUTH wird in bestehenden Mandanten ab Ende Dezember 2026 standardmäßig deaktiviert und später entfernt.</translation>
    </message>
    <message>
        <source>Move the device or application to OAuth (XOAUTH2) with the delegated permission SMTP.Send or the application permission SMTP.SendAsApp. Where that is impossible, use an Exchange Online connector or Azure Communication Services instead of SMTP AUTH.</source>
        <translation>Stellen Sie das Gerät oder die Anwendung auf OAuth (XOAUTH2) mit der delegierten Berechtigung SMTP.Send oder der Anwendungsberechtigung SMTP.SendAsApp um. Wo das nicht möglich ist, verwenden Sie statt SMTP AUTH einen Exchange Online-Connector oder Azure Communication Services.</translation>
    </message>
    <message>
        <source>Too many simultaneous connections</source>
        <translation>Zu viele gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <source>The mailbox already has 3 SMTP AUTH connections open, Exchange Online's limit for client submission (4.3.2).</source>
        <translation>Das Postfach hat bereits 3 SMTP AUTH-Verbindungen geöffnet, das Limit von Exchange Online für die Clientübermittlung (4.3.2).</translation>
    </message>
    <message>
        <source>Let the device or application send over fewer parallel connections, or spread the load over several mailboxes; the limit also allows 30 messages a minute.</source>
        <translation>Lassen Sie das Gerät oder die Anwendung über weniger parallele Verbindungen senden, oder verteilen Sie die Last auf mehrere Postfächer; das Limit erlaubt außerdem 30 Nachrichten pro Minute.</translation>
    </message>
    <message>
        <source>SMTP AUTH is turned off for the whole organisation</source>
        <translation>SMTP AUTH ist für die gesamte Organisation deaktiviert</translation>
    </message>
    <message>
        <source>Exchange Online's organisation setting SmtpClientAuthenticationDisabled is $true and this mailbox has no own setting, so SMTP AUTH is refused (5.7.139).</source>
        <translation>Die Organisationseinstellung SmtpClientAuthenticationDisabled von Exchange Online ist $true, und dieses Postfach hat keine eigene Einstellung, daher wird SMTP AUTH abgelehnt (5.7.139).</translation>
    </message>
    <message>
        <source>Enable SMTP AUTH only for the mailbox that needs it (the organisation setting should stay off), then prefer OAuth for that mailbox.</source>
        <translation>Aktivieren Sie SMTP AUTH nur für das Postfach, das es benötigt (die Organisationseinstellung sollte deaktiviert bleiben), und verwenden Sie für dieses Postfach dann vorzugsweise OAuth.</translation>
    </message>
    <message>
        <source>SMTP AUTH is turned off for this mailbox</source>
        <translation>SMTP AUTH ist für dieses Postfach deaktiviert</translation>
    </message>
    <message>
        <source>The mailbox's SmtpClientAuthenticationDisabled is $true, which overrides the organisation setting (5.7.139).</source>
        <translation>SmtpClientAuthenticationDisabled des Postfachs ist $true; dies hat Vorrang vor der Organisationseinstellung (5.7.139).</translation>
    </message>
    <message>
        <source>If this mailbox really has to send with SMTP AUTH, enable it for the mailbox alone.</source>
        <translation>Wenn dieses Postfach wirklich mit SMTP AUTH senden muss, aktivieren Sie es nur für dieses Postfach.</translation>
    </message>
    <message>
        <source>A sign-in requirement blocked the login</source>
        <translation>Eine Anmeldeanforderung hat die Anmeldung blockiert</translation>
    </message>
    <message>
        <source>The sign-in did not meet a requirement the client cannot satisfy over SMTP, typically multi-factor authentication or a Conditional Access policy that blocks legacy authentication (5.7.139).</source>
        <translation>Die Anmeldung hat eine Anforderung nicht erfüllt, die der Client über SMTP nicht erfüllen kann, typischerweise die Multi-Faktor-Authentifizierung oder eine Richtlinie für bedingten Zugriff, die die Legacyauthentifizierung blockiert (5.7.139).</translation>
    </message>
    <message>
        <source>Use OAuth (XOAUTH2) for this mailbox. Do not weaken the policy; if an exception is unavoidable, exclude only this account and restrict it to known IP addresses (named location).</source>
        <translation>Verwenden Sie OAuth (XOAUTH2) für dieses Postfach. Schwächen Sie die Richtlinie nicht ab; falls eine Ausnahme unvermeidbar ist, schließen Sie nur dieses Konto aus, und beschränken Sie es auf bekannte IP-Adressen (benannter Standort).</translation>
    </message>
    <message>
        <source>Security defaults block Basic authentication</source>
        <translation>Sicherheitsstandards blockieren die Standardauthentifizierung</translation>
    </message>
    <message>
        <source>The tenant uses Microsoft Entra security defaults, which block legacy (Basic) authentication, SMTP AUTH included (5.7.139).</source>
        <translation>Der Mandant verwendet die Sicherheitsstandards von Microsoft Entra, die die Legacyauthentifizierung (Standardauthentifizierung) einschließlich SMTP AUTH blockieren (5.7.139).</translation>
    </message>
    <message>
        <source>Use OAuth (XOAUTH2). Turning security defaults off to allow Basic auth is not recommended; replace them with Conditional Access policies first.</source>
        <translation>Verwenden Sie OAuth (XOAUTH2). Es wird nicht empfohlen, die Sicherheitsstandards zu deaktivieren, um die Standardauthentifizierung zuzulassen; ersetzen Sie sie zuerst durch Richtlinien für bedingten Zugriff.</translation>
    </message>
    <message>
        <source>An authentication policy blocks Basic auth for SMTP</source>
        <translation>Eine Authentifizierungsrichtlinie blockiert die Standardauthentifizierung für SMTP</translation>
    </message>
    <message>
        <source>The authentication policy that applies to this user has AllowBasicAuthSmtp off, so user name and password are refused even though SMTP AUTH is on (5.7.139).</source>
        <translation>In der Authentifizierungsrichtlinie, die für diesen Benutzer gilt, ist AllowBasicAuthSmtp deaktiviert, daher werden Benutzername und Kennwort abgelehnt, obwohl SMTP AUTH aktiviert ist (5.7.139).</translation>
    </message>
    <message>
        <source>Use OAuth (XOAUTH2). Only if a device cannot, assign it a dedicated policy that allows Basic SMTP.</source>
        <translation>Verwenden Sie OAuth (XOAUTH2). Nur wenn ein Gerät das nicht kann, weisen Sie ihm eine eigene Richtlinie zu, die die Standardauthentifizierung für SMTP zulässt.</translation>
    </message>
    <message>
        <source>Exchange Online refused SMTP AUTH</source>
        <translation>Exchange Online hat SMTP AUTH abgelehnt</translation>
    </message>
    <message>
        <source>The sign-in was refused by a tenant or mailbox setting (5.7.139): %1</source>
        <translation>Die Anmeldung wurde durch eine Mandanten- oder Postfacheinstellung abgelehnt (5.7.139): %1</translation>
    </message>
    <message>
        <source>Check the mailbox's and the organisation's SMTP AUTH settings and the user's authentication policy.</source>
        <translation>Überprüfen Sie die SMTP AUTH-Einstellungen des Postfachs und der Organisation sowie die Authentifizierungsrichtlinie des Benutzers.</translation>
    </message>
    <message>
        <source>Daily recipient limit reached</source>
        <translation>Tägliches Empfängerlimit erreicht</translation>
    </message>
    <message>
        <source>The mailbox has sent to more than 10,000 recipients in 24 hours (5.2.0 SubmissionQuotaExceededException).</source>
        <translation>Das Postfach hat innerhalb von 24 Stunden an mehr als 10.000 Empfänger gesendet (5.2.0 SubmissionQuotaExceededException).</translation>
    </message>
    <message>
        <source>Wait until the 24-hour window has passed; send bulk mail through a service meant for it.</source>
        <translation>Warten Sie, bis der 24-Stunden-Zeitraum abgelaufen ist; senden Sie Massen-E-Mails über einen dafür vorgesehenen Dienst.</translation>
    </message>
    <message>
        <source>The sending mailbox is full</source>
        <translation>Das sendende Postfach ist voll</translation>
    </message>
    <message>
        <source>The mailbox (Sent Items included) is over its quota, so it cannot store the sent copy (5.2.2).</source>
        <translation>Das Postfach (einschließlich „Gesendete Elemente“) hat sein Kontingent überschritten und kann daher die gesendete Kopie nicht speichern (5.2.2).</translation>
    </message>
    <message>
        <source>Empty Sent Items and Deleted Items or raise the quota.</source>
        <translation>Leeren Sie „Gesendete Elemente“ und „Gelöschte Elemente“, oder erhöhen Sie das Kontingent.</translation>
    </message>
    <message>
        <source>Submission quota exceeded</source>
        <translation>Übermittlungskontingent überschritten</translation>
    </message>
    <message>
        <source>The mailbox sent too much in a short time (5.2.2).</source>
        <translation>Das Postfach hat in kurzer Zeit zu viel gesendet (5.2.2).</translation>
    </message>
    <message>
        <source>Slow the sender down: Exchange Online accepts 30 messages a minute per mailbox.</source>
        <translation>Verlangsamen Sie den Absender: Exchange Online akzeptiert 30 Nachrichten pro Minute und Postfach.</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>das Postfach ist voll</translation>
    </message>
    <message>
        <source>Send As was denied</source>
        <translation>„Senden als“ wurde verweigert</translation>
    </message>
    <message>
        <source>the licence is invalid</source>
        <translation>die Lizenz ist ungültig</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <translation>zu viele Empfänger</translation>
    </message>
    <message>
        <source>recipients are invalid</source>
        <translation>Empfänger sind ungültig</translation>
    </message>
    <message>
        <source>Sender throttled after repeated errors</source>
        <translation>Absender nach wiederholten Fehlern gedrosselt</translation>
    </message>
    <message>
        <source>Exchange Online throttles this sender because its submissions keep failing: %1 (%2).</source>
        <translation>Exchange Online drosselt diesen Absender, weil seine Übermittlungen ständig fehlschlagen: %1 (%2).</translation>
    </message>
    <message>
        <source>Fix the underlying error first; the throttling then lifts by itself.</source>
        <translation>Beheben Sie zuerst den zugrunde liegenden Fehler; die Drosselung wird dann von selbst aufgehoben.</translation>
    </message>
    <message>
        <source>The tenant is blocked from sending</source>
        <translation>Der Mandant ist für das Senden gesperrt</translation>
    </message>
    <message>
        <source>Most of the tenant's recent outbound mail was judged suspicious, so Exchange Online stopped accepting mail from the whole tenant (5.7.705).</source>
        <translation>Der Großteil der kürzlich ausgehenden E-Mails des Mandanten wurde als verdächtig eingestuft, daher akzeptiert Exchange Online keine E-Mails mehr vom gesamten Mandanten (5.7.705).</translation>
    </message>
    <message>
        <source>Find and stop the compromised account or application, then open a support request with Microsoft to lift the block.</source>
        <translation>Ermitteln und stoppen Sie das kompromittierte Konto bzw. die kompromittierte Anwendung, und eröffnen Sie dann eine Supportanfrage bei Microsoft, um die Sperre aufheben zu lassen.</translation>
    </message>
    <message>
        <source>Traffic from this tenant's IP is not accepted</source>
        <translation>Datenverkehr von der IP-Adresse dieses Mandanten wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>Exchange Online does not accept traffic from this IP address because of its low reputation, which often happens with new or trial tenants (5.7.708).</source>
        <translation>Exchange Online akzeptiert keinen Datenverkehr von dieser IP-Adresse, da sie einen geringen Ruf hat; dies kommt häufig bei neuen Mandanten oder Testmandanten vor (5.7.708).</translation>
    </message>
    <message>
        <source>Verify a custom domain and add paid licences, or contact Microsoft support.</source>
        <translation>Verifizieren Sie eine benutzerdefinierte Domäne, und fügen Sie kostenpflichtige Lizenzen hinzu, oder wenden Sie sich an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Temporarily restricted</source>
        <translation>Vorübergehend eingeschränkt</translation>
    </message>
    <message>
        <source>Exchange Online temporarily refuses mail from this sender (%1).</source>
        <translation>Exchange Online lehnt E-Mails von diesem Absender vorübergehend ab (%1).</translation>
    </message>
    <message>
        <source>Try again later; if it persists, check the tenant's outbound spam alerts.</source>
        <translation>Versuchen Sie es später erneut; falls das Problem bestehen bleibt, überprüfen Sie die Warnungen des Mandanten zu ausgehendem Spam.</translation>
    </message>
    <message>
        <source>The sender is blocked for sending spam</source>
        <translation>Der Absender ist wegen Spamversands gesperrt</translation>
    </message>
    <message>
        <source>The account was added to the restricted entities after sending suspicious mail (5.1.8).</source>
        <translation>Das Konto wurde nach dem Senden verdächtiger E-Mails zu den eingeschränkten Entitäten hinzugefügt (5.1.8).</translation>
    </message>
    <message>
        <source>Secure the account (reset its password, review sign-ins), then release it.</source>
        <translation>Sichern Sie das Konto (setzen Sie das Kennwort zurück, überprüfen Sie die Anmeldungen), und geben Sie es dann frei.</translation>
    </message>
    <message>
        <source>The access token was rejected</source>
        <translation>Das Zugriffstoken wurde abgelehnt</translation>
    </message>
    <message>
        <source>The XOAUTH2 token was not accepted (5.7.3): it may be expired, issued for another resource (it must be for Exchange Online), lack the SMTP.Send (delegated) or SMTP.SendAsApp (application) permission, or name a different mailbox in user=. For app-only tokens, the app's service principal must be registered in Exchange Online and have access to the mailbox.</source>
        <translation>Das XOAUTH2-Token wurde nicht akzeptiert (5.7.3): Es ist möglicherweise abgelaufen, für eine andere Ressource ausgestellt (es muss für Exchange Online ausgestellt sein), enthält nicht die Berechtigung SMTP.Send (delegiert) bzw. SMTP.SendAsApp (Anwendung), oder es nennt in user= ein anderes Postfach. Bei reinen App-Token muss der Dienstprinzipal der App in Exchange Online registriert sein und Zugriff auf das Postfach haben.</translation>
    </message>
    <message>
        <source>Request the token with the scope https://outlook.office.com/SMTP.Send (delegated) or https://outlook.office365.com/.default (application); for app-only access register the service principal and grant it the mailbox.</source>
        <translation>Fordern Sie das Token mit dem Bereich https://outlook.office.com/SMTP.Send (delegiert) oder https://outlook.office365.com/.default (Anwendung) an; registrieren Sie für den reinen App-Zugriff den Dienstprinzipal, und erteilen Sie ihm Zugriff auf das Postfach.</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <translation>Benutzername oder Kennwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>Exchange Online did not accept the credentials (5.7.3): the password is wrong or expired, the account is disabled or locked, or it requires multi-factor authentication, which Basic SMTP AUTH cannot do.</source>
        <translation>Exchange Online hat die Anmeldeinformationen nicht akzeptiert (5.7.3): Das Kennwort ist falsch oder abgelaufen, das Konto ist deaktiviert oder gesperrt, oder es erfordert Multi-Faktor-Authentifizierung, die SMTP AUTH mit Standardauthentifizierung nicht beherrscht.</translation>
    </message>
    <message>
        <source>Check the password and the account; better, move the device or application to OAuth (XOAUTH2) before Basic auth for SMTP AUTH is disabled by default at the end of December 2026.</source>
        <translation>Überprüfen Sie das Kennwort und das Konto; besser noch, stellen Sie das Gerät oder die Anwendung auf OAuth (XOAUTH2) um, bevor die Standardauthentifizierung für SMTP AUTH Ende Dezember 2026 standardmäßig deaktiviert wird.</translation>
    </message>
    <message>
        <source>Not allowed to send as this sender</source>
        <translation>Keine Berechtigung zum Senden als dieser Absender</translation>
    </message>
    <message>
        <source>The sender address %1 differs from the signed-in mailbox %2, and that mailbox has no Send As permission for it (5.7.60 / SendAsDenied).</source>
        <translation>Die Absenderadresse %1 unterscheidet sich vom angemeldeten Postfach %2, und dieses Postfach hat dafür keine Berechtigung „Senden als“ (5.7.60 / SendAsDenied).</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Send from the signed-in mailbox's own address, or grant it Send As on the sender.</source>
        <translation>Senden Sie von der eigenen Adresse des angemeldeten Postfachs, oder erteilen Sie ihm die Berechtigung „Senden als“ für den Absender.</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>No answer arrived within the step's deadline %1.</source>
        <translation>Innerhalb der Frist %1 für diesen Schritt ist keine Antwort eingegangen.</translation>
    </message>
    <message>
        <source>Check firewalls and proxies between this computer and the server (outbound port 587 is often filtered), then try again or raise the timeout.</source>
        <translation>Überprüfen Sie Firewalls und Proxys zwischen diesem Computer und dem Server (ausgehender Port 587 wird häufig gefiltert), und versuchen Sie es dann erneut, oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>No connection to the server</source>
        <translation>Keine Verbindung zum Server</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Check the host name and port (Microsoft 365: smtp.office365.com, port 587, STARTTLS) and whether a firewall blocks outbound SMTP submission.</source>
        <translation>Überprüfen Sie den Hostnamen und den Port (Microsoft 365: smtp.office365.com, Port 587, STARTTLS) und ob eine Firewall die ausgehende SMTP-Übermittlung blockiert.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS</source>
        <translation>Der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>The server's EHLO reply did not offer STARTTLS, so the session stopped before any credential was sent. Exchange Online always offers it on port 587; its absence points to a wrong server or a device that strips STARTTLS (SMTP inspection in firewalls or antivirus software).</source>
        <translation>Die EHLO-Antwort des Servers hat kein STARTTLS angeboten, daher wurde die Sitzung beendet, bevor Anmeldeinformationen gesendet wurden. Exchange Online bietet es an Port 587 immer an; sein Fehlen deutet auf einen falschen Server oder ein Gerät hin, das STARTTLS entfernt (SMTP-Prüfung in Firewalls oder Antivirensoftware).</translation>
    </message>
    <message>
        <source>Connect to smtp.office365.com port 587 and turn off SMTP inspection on the path.</source>
        <translation>Stellen Sie eine Verbindung zu smtp.office365.com an Port 587 her, und deaktivieren Sie die SMTP-Prüfung auf dem Weg dorthin.</translation>
    </message>
    <message>
        <source>The TLS connection could not be set up securely</source>
        <translation>Die TLS-Verbindung konnte nicht sicher aufgebaut werden</translation>
    </message>
    <message>
        <source>The certificate was not trusted or not issued for this host name, or no common TLS 1.2+ settings were found: %1</source>
        <translation>Das Zertifikat wurde nicht als vertrauenswürdig eingestuft oder nicht für diesen Hostnamen ausgestellt, oder es wurden keine gemeinsamen Einstellungen für TLS 1.2 oder höher gefunden: %1</translation>
    </message>
    <message>
        <source>Check the host name, this computer's clock and any TLS-intercepting proxy; for a private server, pin its CA with the CA file option.</source>
        <translation>Überprüfen Sie den Hostnamen, die Uhr dieses Computers und etwaige TLS-abfangende Proxys; legen Sie für einen privaten Server dessen Zertifizierungsstelle mit der Option für die CA-Datei fest.</translation>
    </message>
    <message>
        <source>The chosen sign-in method is not offered</source>
        <translation>Die gewählte Anmeldemethode wird nicht angeboten</translation>
    </message>
    <message>
        <source>The server does not offer the selected AUTH mechanism (%1). Exchange Online offers LOGIN and XOAUTH2, and only after STARTTLS.</source>
        <translation>Der Server bietet den ausgewählten AUTH-Mechanismus (%1) nicht an. Exchange Online bietet LOGIN und XOAUTH2 an, und zwar erst nach STARTTLS.</translation>
    </message>
    <message>
        <source>Choose OAuth (XOAUTH2), or LOGIN for Basic auth while it is still allowed.</source>
        <translation>Wählen Sie OAuth (XOAUTH2) oder LOGIN für die Standardauthentifizierung, solange diese noch zulässig ist.</translation>
    </message>
    <message>
        <source>Last audit: SMTP AUTH is disabled on this mailbox (SmtpClientAuthenticationDisabled = $true).</source>
        <translation>Letztes Audit: SMTP AUTH ist für dieses Postfach deaktiviert (SmtpClientAuthenticationDisabled = $true).</translation>
    </message>
    <message>
        <source>Last audit: SMTP AUTH is enabled on this mailbox (SmtpClientAuthenticationDisabled = $false).</source>
        <translation>Letztes Audit: SMTP AUTH ist für dieses Postfach aktiviert (SmtpClientAuthenticationDisabled = $false).</translation>
    </message>
    <message>
        <source>The server's answer contradicts the last audit: the setting was changed since, or the change has not reached every Exchange Online server yet.</source>
        <translation>Die Antwort des Servers widerspricht dem letzten Audit: Die Einstellung wurde seitdem geändert, oder die Änderung hat noch nicht alle Exchange Online-Server erreicht.</translation>
    </message>
    <message>
        <source>Last audit: this mailbox follows the organisation setting.</source>
        <translation>Letztes Audit: Dieses Postfach folgt der Organisationseinstellung.</translation>
    </message>
    <message>
        <source>Last audit: SMTP AUTH is disabled organisation-wide.</source>
        <translation>Letztes Audit: SMTP AUTH ist organisationsweit deaktiviert.</translation>
    </message>
    <message>
        <source>Last audit: SMTP AUTH is enabled organisation-wide.</source>
        <translation>Letztes Audit: SMTP AUTH ist organisationsweit aktiviert.</translation>
    </message>
    <message>
        <source>Last audit: the authentication policy %1 blocks Basic auth for SMTP, so a password can never succeed for this user.</source>
        <translation>Letztes Audit: Die Authentifizierungsrichtlinie %1 blockiert die Standardauthentifizierung für SMTP, daher kann ein Kennwort für diesen Benutzer niemals erfolgreich sein.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Last audit: security defaults are on, which blocks Basic auth for every user.</source>
        <translation>Letztes Audit: Die Sicherheitsstandards sind aktiviert; dadurch wird die Standardauthentifizierung für alle Benutzer blockiert.</translation>
    </message>
    <message>
        <source>Last audit: per-user MFA is enforced for this user, which blocks Basic auth.</source>
        <translation>Letztes Audit: Für diesen Benutzer wird MFA pro Benutzer erzwungen; dadurch wird die Standardauthentifizierung blockiert.</translation>
    </message>
    <message>
        <source>Last audit: the account is disabled, so no sign-in can succeed.</source>
        <translation>Letztes Audit: Das Konto ist deaktiviert, daher kann keine Anmeldung erfolgreich sein.</translation>
    </message>
</context>
<context>
    <name>PagedFetch</name>
    <message>
        <source>A page of results has no list of items.</source>
        <translation>Eine Ergebnisseite enthält keine Liste von Elementen.</translation>
    </message>
    <message>
        <source>The next-page link points to another server.</source>
        <translation>Der Link zur nächsten Seite verweist auf einen anderen Server.</translation>
    </message>
    <message>
        <source>The service repeated a next-page link.</source>
        <translation>Der Dienst hat einen Link zur nächsten Seite wiederholt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PermissionCheck</name>
    <message>
        <source>Microsoft Entra admin center &gt; App registrations &gt; your app &gt; API permissions &gt; Add a permission &gt; Microsoft Graph &gt; Delegated permissions: add %1, then select "Grant admin consent".</source>
        <translation>Microsoft Entra Admin Center &gt; App-Registrierungen &gt; Ihre App &gt; API-Berechtigungen &gt; Berechtigung hinzufügen &gt; Microsoft Graph &gt; Delegierte Berechtigungen: Fügen Sie %1 hinzu, und wählen Sie dann „Administratorzustimmung erteilen“ aus.</translation>
    </message>
    <message>
        <source>Microsoft Entra admin center &gt; App registrations &gt; your app &gt; API permissions &gt; Add a permission &gt; Microsoft Graph &gt; Application permissions: add %1, then select "Grant admin consent".</source>
        <translation>Microsoft Entra Admin Center &gt; App-Registrierungen &gt; Ihre App &gt; API-Berechtigungen &gt; Berechtigung hinzufügen &gt; Microsoft Graph &gt; Anwendungsberechtigungen: Fügen Sie %1 hinzu, und wählen Sie dann „Administratorzustimmung erteilen“ aus.</translation>
    </message>
    <message>
        <source>The tenant needs a Microsoft Entra ID P1 or P2 licence for sign-in logs and authentication method reports. Without it the audit continues and marks this data as unavailable.</source>
        <translation>Der Mandant benötigt eine Microsoft Entra ID P1- oder P2-Lizenz für Anmeldeprotokolle und Berichte zu Authentifizierungsmethoden. Ohne diese Lizenz wird das Audit fortgesetzt und markiert diese Daten als nicht verfügbar.</translation>
    </message>
    <message>
        <source>Sign in with a user who holds Global Reader, Exchange Administrator or another role that can read the Exchange Online organisation.</source>
        <translation>Melden Sie sich mit einem Benutzer an, der die Rolle „Globaler Leser“, „Exchange-Administrator“ oder eine andere Rolle innehat, die die Exchange Online-Organisation lesen darf.</translation>
    </message>
    <message>
        <source>Microsoft Entra admin center &gt; Roles and administrators &gt; Global Reader (or Exchange Administrator, Security Reader, ...) &gt; Add assignments: select the app's service principal.</source>
        <translation>Microsoft Entra Admin Center &gt; Rollen und Administratoren &gt; Globaler Leser (oder Exchange-Administrator, Sicherheitsleseberechtigter, ...) &gt; Zuweisungen hinzufügen: Wählen Sie den Dienstprinzipal der App aus.</translation>
    </message>
    <message>
        <source>Sign in with a user who holds Reports Reader, Security Reader, Global Reader or another role that can read sign-in logs and reports.</source>
        <translation>Melden Sie sich mit einem Benutzer an, der die Rolle „Berichtsleser“, „Sicherheitsleseberechtigter“, „Globaler Leser“ oder eine andere Rolle innehat, die Anmeldeprotokolle und Berichte lesen darf.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users' last sign-in</source>
        <translation>Letzte Anmeldung der Benutzer</translation>
    </message>
    <message>
        <source>MFA registration</source>
        <translation>MFA-Registrierung</translation>
    </message>
    <message>
        <source>Per-user MFA</source>
        <translation>MFA pro Benutzer</translation>
    </message>
    <message>
        <source>Security defaults</source>
        <translation>Sicherheitsstandards</translation>
    </message>
    <message>
        <source>Conditional Access policies and named locations</source>
        <translation>Richtlinien für bedingten Zugriff und benannte Standorte</translation>
    </message>
    <message>
        <source>App registrations' credentials</source>
        <translation>Anmeldeinformationen der App-Registrierungen</translation>
    </message>
    <message>
        <source>Sign-in logs</source>
        <translation>Anmeldeprotokolle</translation>
    </message>
    <message>
        <source>Exchange Online settings</source>
        <translation>Exchange Online-Einstellungen</translation>
    </message>
    <message>
        <source>App registrations &gt; your app &gt; API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Delegated permissions: add Exchange.Manage, then grant admin consent.</source>
        <translation>App-Registrierungen &gt; Ihre App &gt; API-Berechtigungen &gt; Berechtigung hinzufügen &gt; Von meiner Organisation verwendete APIs &gt; Office 365 Exchange Online &gt; Delegierte Berechtigungen: Fügen Sie Exchange.Manage hinzu, und erteilen Sie dann die Administratorzustimmung.</translation>
    </message>
    <message>
        <source>App registrations &gt; your app &gt; API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Application permissions: add Exchange.ManageAsApp, then select "Grant admin consent".</source>
        <translation>App-Registrierungen &gt; Ihre App &gt; API-Berechtigungen &gt; Berechtigung hinzufügen &gt; Von meiner Organisation verwendete APIs &gt; Office 365 Exchange Online &gt; Anwendungsberechtigungen: Fügen Sie Exchange.ManageAsApp hinzu, und wählen Sie dann „Administratorzustimmung erteilen“ aus.</translation>
    </message>
</context>
<context>
    <name>Practices</name>
    <message>
        <source>Know who uses SMTP AUTH</source>
        <translation>Wissen, wer SMTP AUTH verwendet</translation>
    </message>
    <message>
        <source>Enable SMTP AUTH only where needed</source>
        <translation>SMTP AUTH nur bei Bedarf aktivieren</translation>
    </message>
    <message>
        <source>Strong passwords</source>
        <translation>Sichere Kennwörter</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Monitoring and logging</source>
        <translation>Überwachung und Protokollierung</translation>
    </message>
    <message>
        <source>Regular updates and patches</source>
        <translation>Regelmäßige Updates und Patches</translation>
    </message>
    <message>
        <source>Restrict access by IP address</source>
        <translation>Zugriff nach IP-Adresse beschränken</translation>
    </message>
    <message>
        <source>Avoid plain-text authentication</source>
        <translation>Klartextauthentifizierung vermeiden</translation>
    </message>
    <message>
        <source>MFA for critical accounts</source>
        <translation>MFA für kritische Konten</translation>
    </message>
    <message>
        <source>Regular auditing</source>
        <translation>Regelmäßige Audits</translation>
    </message>
    <message>
        <source>Training and awareness</source>
        <translation>Schulung und Sensibilisierung</translation>
    </message>
    <message>
        <source>Incident response plan</source>
        <translation>Plan zur Reaktion auf Vorfälle</translation>
    </message>
    <message>
        <source>Backup and recovery</source>
        <translation>Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Dedicated IP addresses</source>
        <translation>Dedizierte IP-Adressen</translation>
    </message>
    <message>
        <source>Staying informed</source>
        <translation>Auf dem Laufenden bleiben</translation>
    </message>
    <message>
        <source>Every mailbox whose SMTP AUTH is effectively on, and which of them really sent over SMTP.</source>
        <translation>Jedes Postfach, für das SMTP AUTH effektiv aktiviert ist, und welche davon tatsächlich über SMTP gesendet haben.</translation>
    </message>
    <message>
        <source>Organisation default off; per-mailbox exceptions only for devices that need them.</source>
        <translation>Organisationsstandard deaktiviert; Ausnahmen pro Postfach nur für Geräte, die sie benötigen.</translation>
    </message>
    <message>
        <source>No weak or non-expiring password policies on accounts that accept a password over SMTP.</source>
        <translation>Keine schwachen oder nicht ablaufenden Kennwortrichtlinien für Konten, die ein Kennwort über SMTP akzeptieren.</translation>
    </message>
    <message>
        <source>SMTP-enabled accounts have MFA registered.</source>
        <translation>Für SMTP-fähige Konten ist MFA registriert.</translation>
    </message>
    <message>
        <source>STARTTLS offered and used, TLS 1.2 or later, a valid certificate.</source>
        <translation>STARTTLS wird angeboten und verwendet, TLS 1.2 oder höher, ein gültiges Zertifikat.</translation>
    </message>
    <message>
        <source>Sign-in logs available; SMTP volume, failures, spikes and password spraying watched.</source>
        <translation>Anmeldeprotokolle verfügbar; SMTP-Volumen, Fehler, Spitzen und Password Spraying werden überwacht.</translation>
    </message>
    <message>
        <source>Legacy clients seen in the sign-ins are kept up to date or retired.</source>
        <translation>In den Anmeldungen erkannte Legacy-Clients werden aktuell gehalten oder außer Betrieb genommen.</translation>
    </message>
    <message>
        <source>Conditional Access or named locations limit where SMTP sign-ins may come from.</source>
        <translation>Bedingter Zugriff oder benannte Standorte begrenzen, woher SMTP-Anmeldungen kommen dürfen.</translation>
    </message>
    <message>
        <source>Basic authentication over SMTP is blocked by authentication policies.</source>
        <translation>Die Standardauthentifizierung über SMTP wird durch Authentifizierungsrichtlinien blockiert.</translation>
    </message>
    <message>
        <source>Administrators and service accounts are protected by MFA.</source>
        <translation>Administratoren und Dienstkonten sind durch MFA geschützt.</translation>
    </message>
    <message>
        <source>Audits are repeated and compared with the previous one.</source>
        <translation>Audits werden wiederholt und mit dem vorherigen verglichen.</translation>
    </message>
    <message>
        <source>People know the risks of shared SMTP credentials.</source>
        <translation>Die Mitarbeitenden kennen die Risiken gemeinsam genutzter SMTP-Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>Ready remediation commands for every finding.</source>
        <translation>Fertige Behebungsbefehle für jeden Befund.</translation>
    </message>
    <message>
        <source>Audit snapshots are kept and exportable.</source>
        <translation>Audit-Momentaufnahmen werden aufbewahrt und sind exportierbar.</translation>
    </message>
    <message>
        <source>Each sending device uses a known, dedicated source address.</source>
        <translation>Jedes sendende Gerät verwendet eine bekannte, dedizierte Quelladresse.</translation>
    </message>
    <message>
        <source>Prepare for Microsoft's retirement of Basic authentication for SMTP AUTH.</source>
        <translation>Auf die Abschaffung der Standardauthentifizierung für SMTP AUTH durch Microsoft vorbereiten.</translation>
    </message>
</context>
<context>
    <name>ProfileCredentialLoader</name>
    <message>
        <source>The secret of profile %1 is kept in the system keychain, which is not available here.</source>
        <translation>Das Geheimnis des Profils %1 liegt im Schlüsselbund des Systems, der hier nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The certificate passphrase of profile %1 could not be read from the keychain: %2</source>
        <translation>Die Zertifikatspassphrase des Profils %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be read from the keychain: %2</source>
        <translation>Der geheime Clientschlüssel des Profils %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Profile %1 signs in a person (%2); this needs an app-only profile with a client secret or a certificate.</source>
        <translation>Profil %1 meldet eine Person an (%2); dafür ist ein reines App-Profil mit einem geheimen Clientschlüssel oder einem Zertifikat nötig.</translation>
    </message>
    <message>
        <source>No client secret was given for profile %1.</source>
        <translation>Für das Profil %1 wurde kein geheimer Clientschlüssel angegeben.</translation>
    </message>
    <message>
        <source>No client secret is saved in the keychain for profile %1.</source>
        <translation>Im Schlüsselbund ist für das Profil %1 kein geheimer Clientschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The passphrase saved in the keychain for profile %1 did not open the certificate's private key.</source>
        <translation>Die im Schlüsselbund gespeicherte Passphrase des Profils %1 hat den privaten Schlüssel des Zertifikats nicht geöffnet.</translation>
    </message>
    <message>
        <source>No certificate passphrase is saved in the keychain for profile %1; an encrypted private key needs one.</source>
        <translation>Für das Profil %1 ist keine Zertifikatspassphrase im Schlüsselbund gespeichert; ein verschlüsselter privater Schlüssel benötigt eine.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>No keychain is available for the profile's secrets.</source>
        <translation>Für die geheimen Daten des Profils ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes the PDF report and CSV exports of a saved audit (smtpaudit-cli audit --json).
Exit codes: 0 written, 2 usage error or an audit file that cannot be read, 4 an output not written.</source>
        <translation>Schreibt den PDF-Bericht und die CSV-Exporte eines gespeicherten Audits (smtpaudit-cli audit --json).
Exitcodes: 0 geschrieben, 2 Verwendungsfehler oder eine Auditdatei, die nicht gelesen werden kann, 4 eine Ausgabe nicht geschrieben.</translation>
    </message>
    <message>
        <source>The audit JSON to report on.</source>
        <translation>Die Audit-JSON-Datei, über die berichtet werden soll.</translation>
    </message>
    <message>
        <source>Write the PDF report to FILE.</source>
        <translation>Den PDF-Bericht in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the CSV exports into DIR.</source>
        <translation>Die CSV-Exporte in DIR schreiben.</translation>
    </message>
    <message>
        <source>Errors only.</source>
        <translation>Nur Fehler.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>report needs --from-audit AUDIT.json.</source>
        <translation>report benötigt --from-audit AUDIT.json.</translation>
    </message>
    <message>
        <source>Nothing to write: give --pdf FILE and/or --csv DIR.</source>
        <translation>Nichts zu schreiben: Geben Sie --pdf FILE und/oder --csv DIR an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable audit (%2): %3</source>
        <translation>%1 ist kein lesbares Audit (%2): %3</translation>
    </message>
</context>
<context>
    <name>ReportPractice</name>
    <message>
        <source>Understand SMTP AUTH: only authorised senders submit mail</source>
        <translation>SMTP AUTH verstehen: Nur autorisierte Absender übermitteln E-Mails</translation>
    </message>
    <message>
        <source>Enable SMTP AUTH only where it is needed</source>
        <translation>SMTP AUTH nur dort aktivieren, wo es benötigt wird</translation>
    </message>
    <message>
        <source>Strong passwords</source>
        <translation>Sichere Kennwörter</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Monitoring and logging</source>
        <translation>Überwachung und Protokollierung</translation>
    </message>
    <message>
        <source>Regular updates and patches</source>
        <translation>Regelmäßige Updates und Patches</translation>
    </message>
    <message>
        <source>Restrict access by IP address</source>
        <translation>Zugriff nach IP-Adresse beschränken</translation>
    </message>
    <message>
        <source>Avoid plain-text authentication</source>
        <translation>Klartextauthentifizierung vermeiden</translation>
    </message>
    <message>
        <source>Multi-factor authentication for critical accounts</source>
        <translation>Multi-Faktor-Authentifizierung für kritische Konten</translation>
    </message>
    <message>
        <source>Regular auditing</source>
        <translation>Regelmäßige Audits</translation>
    </message>
    <message>
        <source>Training and awareness</source>
        <translation>Schulung und Sensibilisierung</translation>
    </message>
    <message>
        <source>Incident response plan</source>
        <translation>Plan zur Reaktion auf Vorfälle</translation>
    </message>
    <message>
        <source>Backup and recovery</source>
        <translation>Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Dedicated IP addresses</source>
        <translation>Dedizierte IP-Adressen</translation>
    </message>
    <message>
        <source>Staying informed: the end of Basic authentication</source>
        <translation>Auf dem Laufenden bleiben: das Ende der Standardauthentifizierung</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>MFA coverage</source>
        <translation>MFA-Abdeckung</translation>
    </message>
    <message>
        <source>User mailboxes of enabled accounts</source>
        <translation>Benutzerpostfächer aktivierter Konten</translation>
    </message>
    <message>
        <source>MFA registered</source>
        <translation>MFA registriert</translation>
    </message>
    <message>
        <source>Per-user MFA enforced</source>
        <translation>MFA pro Benutzer erzwungen</translation>
    </message>
    <message>
        <source>Security defaults</source>
        <translation>Sicherheitsstandards</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>nicht aktiviert</translation>
    </message>
    <message>
        <source>Administrators without MFA</source>
        <translation>Administratoren ohne MFA</translation>
    </message>
    <message>
        <source>MFA state unknown</source>
        <translation>MFA-Status unbekannt</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>SMTP AUTH</source>
        <translation>SMTP AUTH</translation>
    </message>
    <message>
        <source>Sign-ins over SMTP and other legacy protocols</source>
        <translation>Anmeldungen über SMTP und andere Legacyprotokolle</translation>
    </message>
    <message>
        <source>The sign-in log could not be read: %1</source>
        <translation>Das Anmeldeprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the collector did not run</source>
        <translation>der Collector wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>Events scanned</source>
        <translation>Durchsuchte Ereignisse</translation>
    </message>
    <message>
        <source>SMTP sign-ins succeeded / failed</source>
        <translation>SMTP-Anmeldungen erfolgreich / fehlgeschlagen</translation>
    </message>
    <message>
        <source>SMTP with Basic / OAuth (where known)</source>
        <translation>SMTP mit Basic / OAuth (sofern bekannt)</translation>
    </message>
    <message>
        <source>Accounts / source addresses using SMTP</source>
        <translation>Konten / Quelladressen mit SMTP-Nutzung</translation>
    </message>
    <message>
        <source>Authenticated SMTP sign-ins per day (UTC)</source>
        <translation>Authentifizierte SMTP-Anmeldungen pro Tag (UTC)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Legacy sign-ins by client app</source>
        <translation>Legacyanmeldungen nach Client-App</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Password-spray patterns</source>
        <translation>Password-Spray-Muster</translation>
    </message>
    <message>
        <source>None detected in the window.</source>
        <translation>Im Zeitraum keine erkannt.</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <source>Credential rotation schedule</source>
        <translation>Rotationsplan für Anmeldeinformationen</translation>
    </message>
    <message>
        <source>No credentials to rotate.</source>
        <translation>Es sind keine Anmeldeinformationen zu rotieren.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform><numerusform>%n Tage überfällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message>
        <source>Account or application</source>
        <translation>Konto oder Anwendung</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldeinformation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Changes since the previous audit</source>
        <translation>Änderungen seit dem vorherigen Audit</translation>
    </message>
    <message>
        <source>This is the first saved audit of this tenant: there is nothing to compare with.</source>
        <translation>Dies ist das erste gespeicherte Audit dieses Mandanten: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Compared with the audit of %1.</source>
        <translation>Verglichen mit dem Audit vom %1.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <source>Resolved findings</source>
        <translation>Behobene Befunde</translation>
    </message>
    <message>
        <source>No longer verifiable (partial audit)</source>
        <translation>Nicht mehr überprüfbar (unvollständiges Audit)</translation>
    </message>
    <message>
        <source>Mailboxes whose SMTP AUTH changed (%1)</source>
        <translation>Postfächer, deren SMTP AUTH sich geändert hat (%1)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Data sources, permissions and times</source>
        <translation>Datenquellen, Berechtigungen und Zeitpunkte</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Sammler</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>smtpaudit reads the tenant through Microsoft Graph and the Exchange Online admin API with read-only permissions. For every mailbox it resolves whether SMTP AUTH is effectively on: the mailbox's SmtpClientAuthenticationDisabled value overrides the organisation's; when the protocol is on, Basic authentication can still be blocked by the authentication policy (AllowBasicAuthSmtp), security defaults, a Conditional Access policy that blocks legacy authentication, or per-user MFA in the enforced state. Usage comes from the Entra ID sign-in log (client app "Authenticated SMTP"). Each finding names the query and the time its data came from.</source>
        <translation>smtpaudit liest den Mandanten über Microsoft Graph und die Exchange Online-Administrator-API mit schreibgeschützten Berechtigungen. Für jedes Postfach ermittelt es, ob SMTP AUTH tatsächlich aktiviert ist: Der Wert SmtpClientAuthenticationDisabled des Postfachs überschreibt den der Organisation; ist das Protokoll aktiviert, kann die Standardauthentifizierung dennoch blockiert werden – durch die Authentifizierungsrichtlinie (AllowBasicAuthSmtp), die Sicherheitsstandards, eine Richtlinie für bedingten Zugriff, die die Legacy-Authentifizierung blockiert, oder MFA pro Benutzer im Zustand „Erzwungen“. Die Nutzung stammt aus dem Anmeldeprotokoll von Entra ID (Client-App „Authenticated SMTP“). Jeder Befund nennt die Abfrage und den Zeitpunkt, aus dem seine Daten stammen.</translation>
    </message>
    <message>
        <source>What could not be checked</source>
        <translation>Was nicht überprüft werden konnte</translation>
    </message>
    <message>
        <source>Everything measurable was checked.</source>
        <translation>Alles Messbare wurde überprüft.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>SHA-256 of the audit data (JSON) this report was made from:</source>
        <translation>SHA-256 der Auditdaten (JSON), aus denen dieser Bericht erstellt wurde:</translation>
    </message>
    <message>
        <source>SMTP AUTH security audit</source>
        <translation>Sicherheitsaudit für SMTP AUTH</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>Anmeldezeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), from %1 to %2</source>
        <translation>
            <numerusform>%n Tag, von %1 bis %2</numerusform><numerusform>%n Tage, von %1 bis %2</numerusform></translation>
    </message>
    <message>
        <source>Mailboxes assessed</source>
        <translation>Bewertete Postfächer</translation>
    </message>
    <message>
        <source>Complete: every collector finished</source>
        <translation>Vollständig: Alle Sammler wurden abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>PARTIAL: %n collector(s) could not read their data</source>
        <translation>
            <numerusform>TEILWEISE: %n Sammler konnte seine Daten nicht lesen</numerusform><numerusform>TEILWEISE: %n Sammler konnten ihre Daten nicht lesen</numerusform></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>%1: not run</source>
        <translation>%1: nicht ausgeführt</translation>
    </message>
    <message>
        <source>Findings that depend on the missing data are marked "could not be checked".</source>
        <translation>Befunde, die von den fehlenden Daten abhängen, sind als „konnte nicht überprüft werden“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>SMTP AUTH with Basic authentication possible</source>
        <translation>SMTP AUTH mit Standardauthentifizierung möglich</translation>
    </message>
    <message>
        <source>SMTP AUTH on, Basic authentication blocked (OAuth only)</source>
        <translation>SMTP AUTH aktiviert, Standardauthentifizierung blockiert (nur OAuth)</translation>
    </message>
    <message>
        <source>SMTP AUTH off</source>
        <translation>SMTP AUTH deaktiviert</translation>
    </message>
    <message>
        <source>Verdict unknown (missing data)</source>
        <translation>Ergebnis unbekannt (fehlende Daten)</translation>
    </message>
    <message>
        <source>Basic-capable mailboxes without MFA registered</source>
        <translation>Postfächer mit möglicher Standardauthentifizierung ohne registrierte MFA</translation>
    </message>
    <message>
        <source>Issues by severity</source>
        <translation>Probleme nach Schweregrad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Basic authentication for SMTP AUTH: December 2026</source>
        <translation>Standardauthentifizierung für SMTP AUTH: Dezember 2026</translation>
    </message>
    <message>
        <source>No mailbox can authenticate to SMTP AUTH with a password: the tenant is ready for the end of Basic authentication for SMTP AUTH in December 2026.</source>
        <translation>Kein Postfach kann sich mit einem Kennwort bei SMTP AUTH authentifizieren: Der Mandant ist für das Ende der Standardauthentifizierung für SMTP AUTH im Dezember 2026 bereit.</translation>
    </message>
    <message>
        <source>Most important findings</source>
        <translation>Wichtigste Befunde</translation>
    </message>
    <message>
        <source>Findings by best practice</source>
        <translation>Befunde nach bewährter Methode</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Befund %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the CSV export)</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag (siehe CSV-Export)</numerusform><numerusform>… und %n weitere Einträge (siehe CSV-Export)</numerusform></translation>
    </message>
    <message>
        <source>Affected (%1):</source>
        <translation>Betroffen (%1):</translation>
    </message>
    <message>
        <source>Evidence: %1 — query %2 at %3</source>
        <translation>Nachweis: %1 — Abfrage %2 vom %3</translation>
    </message>
    <message>
        <source>Remediation:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>(unknown type)</source>
        <translation>(unbekannter Typ)</translation>
    </message>
    <message>
        <source>%1 ok / %2 failed</source>
        <translation>%1 erfolgreich / %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>SMTP sign-ins</source>
        <translation>SMTP-Anmeldungen</translation>
    </message>
    <message>
        <source>Mailbox type</source>
        <translation>Postfachtyp</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Account disabled (no sign-in at all)</source>
        <translation>Konto deaktiviert (überhaupt keine Anmeldung)</translation>
    </message>
    <message>
        <source>Authentication policy has AllowBasicAuthSmtp off</source>
        <translation>Authentifizierungsrichtlinie hat AllowBasicAuthSmtp ausgeschaltet</translation>
    </message>
    <message>
        <source>Security defaults enabled</source>
        <translation>Sicherheitsstandards aktiviert</translation>
    </message>
    <message>
        <source>Conditional Access blocks legacy authentication</source>
        <translation>Bedingter Zugriff blockiert Legacyauthentifizierung</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more evidence item(s) in findings.csv and the audit JSON.</source>
        <translation>
            <numerusform>… und %n weiterer Nachweis in findings.csv und im Audit-JSON.</numerusform><numerusform>… und %n weitere Nachweise in findings.csv und im Audit-JSON.</numerusform></translation>
    </message>
    <message>
        <source>Long commands are shortened in print (…).</source>
        <translation>Lange Befehle werden im Druck gekürzt (…).</translation>
    </message>
    <message numerus="yes">
        <source>%n more command(s) not printed.</source>
        <translation>
            <numerusform>%n weiterer Befehl nicht gedruckt.</numerusform><numerusform>%n weitere Befehle nicht gedruckt.</numerusform></translation>
    </message>
    <message>
        <source>findings.csv (smtpaudit-cli --csv) and the audit JSON hold every command in full.</source>
        <translation>findings.csv (smtpaudit-cli --csv) und das Audit-JSON enthalten jeden Befehl vollständig.</translation>
    </message>
    <message>
        <source>SMTP AUTH per mailbox</source>
        <translation>SMTP AUTH pro Postfach</translation>
    </message>
    <message>
        <source>Every mailbox where SMTP AUTH is effectively on (a password is accepted over SMTP) or could not be determined is listed in full below. Mailboxes where Basic authentication is blocked (OAuth only) or SMTP AUTH is off are summarised by type and by what blocks them; the CSV export (mailboxes.csv) lists every mailbox.</source>
        <translation>Jedes Postfach, bei dem SMTP AUTH effektiv eingeschaltet ist (ein Kennwort wird über SMTP akzeptiert) oder nicht bestimmt werden konnte, ist unten vollständig aufgeführt. Postfächer, bei denen die Standardauthentifizierung blockiert ist (nur OAuth) oder SMTP AUTH ausgeschaltet ist, sind nach Typ und nach dem, was sie blockiert, zusammengefasst; der CSV-Export (mailboxes.csv) führt jedes Postfach auf.</translation>
    </message>
    <message>
        <source>All mailboxes</source>
        <translation>Alle Postfächer</translation>
    </message>
    <message>
        <source>Mailboxes by type and SMTP AUTH state</source>
        <translation>Postfächer nach Typ und SMTP-AUTH-Zustand</translation>
    </message>
    <message>
        <source>Password accepted (on)</source>
        <translation>Kennwort akzeptiert (ein)</translation>
    </message>
    <message>
        <source>OAuth only (Basic blocked)</source>
        <translation>Nur OAuth (Standard blockiert)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>What blocks Basic authentication (%Ln mailbox(es) OAuth only)</source>
        <translation>
            <numerusform>Was die Standardauthentifizierung blockiert (%Ln Postfach nur OAuth)</numerusform><numerusform>Was die Standardauthentifizierung blockiert (%Ln Postfächer nur OAuth)</numerusform></translation>
    </message>
    <message>
        <source>A mailbox can have more than one blocker, so the counts can add up to more than the number of mailboxes.</source>
        <translation>Ein Postfach kann mehr als einen Blocker haben; die Summe der Zahlen kann daher größer sein als die Zahl der Postfächer.</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Grundcode</translation>
    </message>
    <message>
        <source>Mailboxes where SMTP AUTH is effectively on (%1)</source>
        <translation>Postfächer mit effektiv eingeschaltetem SMTP AUTH (%1)</translation>
    </message>
    <message>
        <source>No mailbox accepts a password over SMTP AUTH.</source>
        <translation>Kein Postfach akzeptiert ein Kennwort über SMTP AUTH.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft disables Basic authentication for SMTP AUTH by default in existing tenants at the end of December 2026 (%n day(s) after this report).</source>
        <translation>
            <numerusform>Microsoft deaktiviert die Standardauthentifizierung für SMTP AUTH in bestehenden Mandanten Ende Dezember 2026 standardmäßig (%n Tag nach diesem Bericht).</numerusform><numerusform>Microsoft deaktiviert die Standardauthentifizierung für SMTP AUTH in bestehenden Mandanten Ende Dezember 2026 standardmäßig (%n Tage nach diesem Bericht).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) can still authenticate with a password over SMTP: move their devices and applications to OAuth (XOAUTH2) or another sending method before then.</source>
        <translation>
            <numerusform>%n Postfach kann sich noch mit einem Kennwort über SMTP authentifizieren: Stellen Sie seine Geräte und Anwendungen vorher auf OAuth (XOAUTH2) oder eine andere Sendemethode um.</numerusform><numerusform>%n Postfächer können sich noch mit einem Kennwort über SMTP authentifizieren: Stellen Sie ihre Geräte und Anwendungen vorher auf OAuth (XOAUTH2) oder eine andere Sendemethode um.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Der Ordner für %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>SMTP AUTH security audit — %1</source>
        <translation>Sicherheitsaudit für SMTP AUTH — %1</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Der Bericht kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
    <message>
        <source>SMTP AUTH audit · %1</source>
        <translation>SMTP-AUTH-Audit · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot finish the report %1.</source>
        <translation>Der Bericht %1 kann nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>RotationSchedule</name>
    <message numerus="yes">
        <source>%n credential(s) overdue for rotation</source>
        <translation>
            <numerusform>%n Anmeldeinformation ist für die Rotation überfällig</numerusform><numerusform>%n Anmeldeinformationen sind für die Rotation überfällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1 days</source>
        <translation>
            <numerusform>%n innerhalb von %1 Tagen fällig</numerusform><numerusform>%n innerhalb von %1 Tagen fällig</numerusform></translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Zuerst: %1</translation>
    </message>
    <message>
        <source>SMTP account password</source>
        <translation>Kennwort des SMTP-Kontos</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Geheimer Clientschlüssel der App</translation>
    </message>
    <message>
        <source>App certificate</source>
        <translation>App-Zertifikat</translation>
    </message>
    <message>
        <source>smtpaudit's credential</source>
        <translation>Anmeldeinformationen von smtpaudit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Could not be checked: TLS on the SMTP connection</source>
        <translation>Konnte nicht überprüft werden: TLS auf der SMTP-Verbindung</translation>
    </message>
    <message>
        <source>TLS is checked by a test send (smtp.office365.com:587, STARTTLS, TLS 1.2 or later, a certificate valid for the host). Run one from the SMTP test page or with smtpaudit-cli.</source>
        <translation>TLS wird durch einen Testversand überprüft (smtp.office365.com:587, STARTTLS, TLS 1.2 oder höher, ein für den Host gültiges Zertifikat). Führen Sie einen auf der Seite „SMTP-Test“ oder mit smtpaudit-cli aus.</translation>
    </message>
    <message>
        <source>%1:%2, STARTTLS %3, %4, certificate %5</source>
        <translation>%1:%2, STARTTLS %3, %4, Zertifikat %5</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>SMTP test send</source>
        <translation>SMTP-Testversand</translation>
    </message>
    <message>
        <source>The SMTP connection was not encrypted</source>
        <translation>Die SMTP-Verbindung war nicht verschlüsselt</translation>
    </message>
    <message>
        <source>STARTTLS was not offered or the TLS handshake failed; credentials and mail would travel in clear.</source>
        <translation>STARTTLS wurde nicht angeboten oder der TLS-Handshake ist fehlgeschlagen; Anmeldeinformationen und E-Mails würden im Klartext übertragen.</translation>
    </message>
    <message>
        <source>The SMTP connection used a TLS version older than 1.2</source>
        <translation>Die SMTP-Verbindung hat eine ältere TLS-Version als 1.2 verwendet</translation>
    </message>
    <message>
        <source>Microsoft 365 requires TLS 1.2 or later for SMTP client submission.</source>
        <translation>Microsoft 365 erfordert TLS 1.2 oder höher für die SMTP-Clientübermittlung.</translation>
    </message>
    <message>
        <source>The SMTP server certificate was not valid for the host</source>
        <translation>Das Zertifikat des SMTP-Servers war für den Host nicht gültig</translation>
    </message>
    <message>
        <source>A client that accepts this certificate could be talking to an interceptor.</source>
        <translation>Ein Client, der dieses Zertifikat akzeptiert, könnte mit einem Angreifer kommunizieren, der die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>Sign-in logs are unavailable: licence missing</source>
        <translation>Anmeldeprotokolle sind nicht verfügbar: Lizenz fehlt</translation>
    </message>
    <message>
        <source>Sign-in logs are unavailable: permission missing</source>
        <translation>Anmeldeprotokolle sind nicht verfügbar: Berechtigung fehlt</translation>
    </message>
    <message>
        <source>Reading sign-in logs needs a Microsoft Entra ID P1 or P2 licence (%1). Without them SMTP AUTH use, failures and password spraying cannot be monitored.</source>
        <translation>Zum Lesen der Anmeldeprotokolle ist eine Microsoft Entra ID P1- oder P2-Lizenz erforderlich (%1). Ohne sie können die Nutzung von SMTP AUTH, Fehlschläge und Kennwort-Spray-Angriffe nicht überwacht werden.</translation>
    </message>
    <message>
        <source>The audit's identity lacks %1 to read sign-in logs; grant it to monitor SMTP AUTH use.</source>
        <translation>Der Identität des Audits fehlt %1 zum Lesen der Anmeldeprotokolle; erteilen Sie diese Berechtigung, um die Nutzung von SMTP AUTH zu überwachen.</translation>
    </message>
    <message>
        <source>SMTP sign-in volume, failures and spraying</source>
        <translation>Umfang der SMTP-Anmeldungen, Fehlschläge und Kennwort-Spray-Angriffe</translation>
    </message>
    <message numerus="yes">
        <source>SMTP AUTH activity: %1 successful and %2 failed sign-ins in %n day(s)</source>
        <translation>
            <numerusform>SMTP-AUTH-Aktivität: %1 erfolgreiche und %2 fehlgeschlagene Anmeldungen in %n Tag</numerusform><numerusform>SMTP-AUTH-Aktivität: %1 erfolgreiche und %2 fehlgeschlagene Anmeldungen in %n Tagen</numerusform></translation>
    </message>
    <message>
        <source>%1 sign-in events scanned</source>
        <translation>%1 Anmeldeereignisse durchsucht</translation>
    </message>
    <message>
        <source>%1: %2 failures against %3 accounts between %4 and %5</source>
        <translation>%1: %2 Fehlschläge bei %3 Konten zwischen %4 und %5</translation>
    </message>
    <message numerus="yes">
        <source>Password spraying from %n address(es)</source>
        <translation>
            <numerusform>Kennwort-Spray-Angriff von %n Adresse</numerusform><numerusform>Kennwort-Spray-Angriff von %n Adressen</numerusform></translation>
    </message>
    <message>
        <source>Failed sign-ins against many accounts from one address in a short time. Block the addresses with a named location and a Conditional Access policy, and check the targeted accounts for successful sign-ins.</source>
        <translation>Fehlgeschlagene Anmeldungen bei vielen Konten von einer Adresse in kurzer Zeit. Blockieren Sie die Adressen mit einem benannten Standort und einer Richtlinie für bedingten Zugriff, und prüfen Sie die betroffenen Konten auf erfolgreiche Anmeldungen.</translation>
    </message>
    <message>
        <source>%1: %2 failed SMTP sign-ins (median day: %3)</source>
        <translation>%1: %2 fehlgeschlagene SMTP-Anmeldungen (Median pro Tag: %3)</translation>
    </message>
    <message numerus="yes">
        <source>Spikes of failed SMTP sign-ins on %n day(s)</source>
        <translation>
            <numerusform>Spitzen fehlgeschlagener SMTP-Anmeldungen an %n Tag</numerusform><numerusform>Spitzen fehlgeschlagener SMTP-Anmeldungen an %n Tagen</numerusform></translation>
    </message>
    <message>
        <source>Sudden bursts of SMTP AUTH failures point at a misconfigured device after a password change, or at an attack.</source>
        <translation>Plötzliche Häufungen von SMTP-AUTH-Fehlschlägen deuten auf ein nach einer Kennwortänderung falsch konfiguriertes Gerät oder auf einen Angriff hin.</translation>
    </message>
    <message>
        <source>Could not be checked: SMTP sign-ins from unexpected addresses</source>
        <translation>Konnte nicht überprüft werden: SMTP-Anmeldungen von unerwarteten Adressen</translation>
    </message>
    <message>
        <source>Declare the public address ranges your devices send from in the connection profile; the audit then flags SMTP sign-ins from anywhere else.</source>
        <translation>Geben Sie im Verbindungsprofil die öffentlichen Adressbereiche an, von denen Ihre Geräte senden; das Audit kennzeichnet dann SMTP-Anmeldungen von allen anderen Adressen.</translation>
    </message>
    <message>
        <source>ranges that do not parse: %1</source>
        <translation>Bereiche, die nicht gelesen werden können: %1</translation>
    </message>
    <message>
        <source>connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>SMTP sign-ins from outside the declared ranges</source>
        <translation>SMTP-Anmeldungen von außerhalb der angegebenen Bereiche</translation>
    </message>
    <message>
        <source>%1: SMTP sign-ins from %2</source>
        <translation>%1: SMTP-Anmeldungen von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) authenticated over SMTP from outside the declared ranges</source>
        <translation>
            <numerusform>%n Konto hat sich über SMTP von außerhalb der angegebenen Bereiche authentifiziert</numerusform><numerusform>%n Konten haben sich über SMTP von außerhalb der angegebenen Bereiche authentifiziert</numerusform></translation>
    </message>
    <message>
        <source>Declared ranges: %1. An SMTP sign-in from elsewhere is either an undeclared device or stolen credentials in use.</source>
        <translation>Angegebene Bereiche: %1. Eine SMTP-Anmeldung von einer anderen Adresse stammt entweder von einem nicht angegebenen Gerät oder von gestohlenen Anmeldeinformationen, die verwendet werden.</translation>
    </message>
    <message>
        <source>Conditional Access restrictions by location</source>
        <translation>Einschränkungen des bedingten Zugriffs nach Standort</translation>
    </message>
    <message>
        <source>SMTP AUTH is not restricted by location</source>
        <translation>SMTP AUTH ist nicht nach Standort eingeschränkt</translation>
    </message>
    <message numerus="yes">
        <source>Basic SMTP AUTH works for some mailboxes, and no enabled Conditional Access policy limits legacy clients by named location (%n IP named location(s) exist). Allow SMTP AUTH only from the addresses your devices send from.</source>
        <translation>
            <numerusform>SMTP AUTH mit Standardauthentifizierung funktioniert für einige Postfächer, und keine aktivierte Richtlinie für bedingten Zugriff beschränkt Legacy-Clients nach benanntem Standort (%n benannter IP-Standort vorhanden). Lassen Sie SMTP AUTH nur von den Adressen zu, von denen Ihre Geräte senden.</numerusform><numerusform>SMTP AUTH mit Standardauthentifizierung funktioniert für einige Postfächer, und keine aktivierte Richtlinie für bedingten Zugriff beschränkt Legacy-Clients nach benanntem Standort (%n benannte IP-Standorte vorhanden). Lassen Sie SMTP AUTH nur von den Adressen zu, von denen Ihre Geräte senden.</numerusform></translation>
    </message>
    <message>
        <source>no enabled policy with locations for legacy client apps</source>
        <translation>keine aktivierte Richtlinie mit Standorten für Legacy-Client-Apps</translation>
    </message>
    <message numerus="yes">
        <source>%n IP named location(s)</source>
        <translation>
            <numerusform>%n benannter IP-Standort</numerusform><numerusform>%n benannte IP-Standorte</numerusform></translation>
    </message>
    <message>
        <source>distinct SMTP source addresses per account</source>
        <translation>verschiedene SMTP-Quelladressen pro Konto</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n address(es): %2</source>
        <translation>
            <numerusform>%1: %n Adresse: %2</numerusform><numerusform>%1: %n Adressen: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>SMTP source addresses of %n account(s)</source>
        <translation>
            <numerusform>SMTP-Quelladressen von %n Konto</numerusform><numerusform>SMTP-Quelladressen von %n Konten</numerusform></translation>
    </message>
    <message>
        <source>A device that sends from a dedicated address shows one source address per account.</source>
        <translation>Ein Gerät, das von einer festen Adresse sendet, zeigt eine Quelladresse pro Konto.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) send over SMTP from more than %1 addresses</source>
        <translation>
            <numerusform>%n Konto sendet über SMTP von mehr als %1 Adressen</numerusform><numerusform>%n Konten senden über SMTP von mehr als %1 Adressen</numerusform></translation>
    </message>
    <message>
        <source>Shared credentials or a roaming device: give each sender a dedicated address and its own account, then restrict SMTP AUTH to those addresses.</source>
        <translation>Gemeinsam genutzte Anmeldeinformationen oder ein Gerät mit wechselnden Standorten: Geben Sie jedem Absender eine feste Adresse und ein eigenes Konto, und beschränken Sie SMTP AUTH dann auf diese Adressen.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>App '%1' (%2): %3 '%4' (%5) ends %6</source>
        <translation>App „%1“ (%2): %3 „%4“ (%5) endet am %6</translation>
    </message>
    <message>
        <source>password policies of SMTP-enabled accounts</source>
        <translation>Kennwortrichtlinien von Konten mit aktiviertem SMTP</translation>
    </message>
    <message>
        <source>%1: password last changed %2</source>
        <translation>%1: Kennwort zuletzt geändert am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP-enabled account(s) may have weak passwords</source>
        <translation>
            <numerusform>%n Konto mit aktiviertem SMTP hat möglicherweise ein schwaches Kennwort</numerusform><numerusform>%n Konten mit aktiviertem SMTP haben möglicherweise schwache Kennwörter</numerusform></translation>
    </message>
    <message>
        <source>passwordPolicies contains DisableStrongPassword on accounts that accept a password over SMTP AUTH, where MFA does not protect them.</source>
        <translation>passwordPolicies enthält DisableStrongPassword bei Konten, die ein Kennwort über SMTP AUTH akzeptieren, wo MFA sie nicht schützt.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP-enabled account(s) have passwords that never expire</source>
        <translation>
            <numerusform>%n Konto mit aktiviertem SMTP hat ein Kennwort, das nie abläuft</numerusform><numerusform>%n Konten mit aktiviertem SMTP haben Kennwörter, die nie ablaufen</numerusform></translation>
    </message>
    <message>
        <source>passwordPolicies contains DisablePasswordExpiration on accounts that accept a password over SMTP AUTH. Without MFA in the way, rotate these passwords on a schedule instead.</source>
        <translation>passwordPolicies enthält DisablePasswordExpiration bei Konten, die ein Kennwort über SMTP AUTH akzeptieren. Da keine MFA sie schützt, ändern Sie diese Kennwörter stattdessen regelmäßig nach Zeitplan.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP-enabled account(s) have passwords older than %1 days</source>
        <translation>
            <numerusform>%n Konto mit aktiviertem SMTP hat ein Kennwort, das älter als %1 Tage ist</numerusform><numerusform>%n Konten mit aktiviertem SMTP haben Kennwörter, die älter als %1 Tage sind</numerusform></translation>
    </message>
    <message>
        <source>These service accounts send with a password over SMTP AUTH and the password is past the rotation period. Reset it and update the device, or better, move the device to OAuth.</source>
        <translation>Diese Dienstkonten senden mit einem Kennwort über SMTP AUTH, und das Kennwort hat den Rotationszeitraum überschritten. Setzen Sie es zurück und aktualisieren Sie das Gerät, oder besser: Stellen Sie das Gerät auf OAuth um.</translation>
    </message>
    <message numerus="yes">
        <source>%n other account(s) have DisableStrongPassword</source>
        <translation>
            <numerusform>%n weiteres Konto hat DisableStrongPassword</numerusform><numerusform>%n weitere Konten haben DisableStrongPassword</numerusform></translation>
    </message>
    <message>
        <source>Enabled accounts without SMTP AUTH whose passwords are exempt from the complexity rules.</source>
        <translation>Aktivierte Konten ohne SMTP AUTH, deren Kennwörter von den Komplexitätsregeln ausgenommen sind.</translation>
    </message>
    <message>
        <source>expiry of app secrets and certificates</source>
        <translation>Ablauf der geheimen Clientschlüssel und Zertifikate von Apps</translation>
    </message>
    <message numerus="yes">
        <source>%n expired app secret(s) or certificate(s)</source>
        <translation>
            <numerusform>%n abgelaufener geheimer Clientschlüssel oder abgelaufenes Zertifikat einer App</numerusform><numerusform>%n abgelaufene geheime Clientschlüssel oder Zertifikate von Apps</numerusform></translation>
    </message>
    <message>
        <source>Expired credentials break the applications that still use them and clutter the registration; remove them once a replacement is in place.</source>
        <translation>Abgelaufene Anmeldeinformationen führen zu Fehlern in den Anwendungen, die sie noch verwenden, und machen die Registrierung unübersichtlich; entfernen Sie sie, sobald ein Ersatz vorhanden ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n app secret(s) or certificate(s) expire within %1 days</source>
        <translation>
            <numerusform>%n geheimer Clientschlüssel oder Zertifikat einer App läuft innerhalb von %1 Tagen ab</numerusform><numerusform>%n geheime Clientschlüssel oder Zertifikate von Apps laufen innerhalb von %1 Tagen ab</numerusform></translation>
    </message>
    <message>
        <source>Rotate these credentials before they expire and update the applications that use them.</source>
        <translation>Erneuern Sie diese Anmeldeinformationen, bevor sie ablaufen, und aktualisieren Sie die Anwendungen, die sie verwenden.</translation>
    </message>
    <message>
        <source>smtpaudit's own credential has expired</source>
        <translation>Die eigenen Anmeldeinformationen von smtpaudit sind abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>smtpaudit's own credential expires in %n day(s)</source>
        <translation>
            <numerusform>Die eigenen Anmeldeinformationen von smtpaudit laufen in %n Tag ab</numerusform><numerusform>Die eigenen Anmeldeinformationen von smtpaudit laufen in %n Tagen ab</numerusform></translation>
    </message>
    <message>
        <source>The %1 that smtpaudit signs in with (app %2, %3) ends %4. Create a new one and update the connection profile.</source>
        <translation>Die Anmeldeinformation (%1), mit der sich smtpaudit anmeldet (App %2, %3), endet am %4. Erstellen Sie eine neue und aktualisieren Sie das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>MFA registration of SMTP-enabled accounts</source>
        <translation>MFA-Registrierung von Konten mit aktiviertem SMTP</translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP-enabled account(s) have no MFA registered</source>
        <translation>
            <numerusform>%n Konto mit aktiviertem SMTP hat keine MFA registriert</numerusform><numerusform>%n Konten mit aktiviertem SMTP haben keine MFA registriert</numerusform></translation>
    </message>
    <message>
        <source>These accounts accept a password over SMTP AUTH and have no second factor registered for any other sign-in. Register MFA for them, move their devices to OAuth, or disable SMTP AUTH where it is not needed.</source>
        <translation>Diese Konten akzeptieren ein Kennwort über SMTP AUTH und haben für keine andere Anmeldung einen zweiten Faktor registriert. Registrieren Sie MFA für sie, stellen Sie ihre Geräte auf OAuth um, oder deaktivieren Sie SMTP AUTH, wo es nicht benötigt wird.</translation>
    </message>
    <message>
        <source>MFA of administrators</source>
        <translation>MFA von Administratoren</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator(s) have no MFA registered</source>
        <translation>
            <numerusform>%n Administrator hat keine MFA registriert</numerusform><numerusform>%n Administratoren haben keine MFA registriert</numerusform></translation>
    </message>
    <message>
        <source>Accounts holding an admin role can change SMTP AUTH and everything else in the tenant; they must use MFA.</source>
        <translation>Konten mit einer Administratorrolle können SMTP AUTH und alles andere im Mandanten ändern; sie müssen MFA verwenden.</translation>
    </message>
    <message>
        <source>whether MFA is enforced</source>
        <translation>ob MFA erzwungen wird</translation>
    </message>
    <message>
        <source>MFA is not enforced for all users</source>
        <translation>MFA wird nicht für alle Benutzer erzwungen</translation>
    </message>
    <message>
        <source>Security defaults are off and no enabled Conditional Access policy requires MFA for all users. Enable security defaults, or (with Entra ID P1) create a Conditional Access policy that requires MFA.</source>
        <translation>Die Sicherheitsstandards sind deaktiviert, und keine aktivierte Richtlinie für bedingten Zugriff erfordert MFA für alle Benutzer. Aktivieren Sie die Sicherheitsstandards, oder erstellen Sie (mit Entra ID P1) eine Richtlinie für bedingten Zugriff, die MFA erfordert.</translation>
    </message>
    <message>
        <source>no enabled policy with grant "mfa" for All users</source>
        <translation>keine aktivierte Richtlinie mit der Gewährung „mfa“ für „Alle Benutzer“</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) until Microsoft disables Basic authentication for SMTP AUTH by default (end of December 2026).</source>
        <translation>
            <numerusform>Noch %n Tag, bis Microsoft die Standardauthentifizierung für SMTP AUTH standardmäßig deaktiviert (Ende Dezember 2026).</numerusform><numerusform>Noch %n Tage, bis Microsoft die Standardauthentifizierung für SMTP AUTH standardmäßig deaktiviert (Ende Dezember 2026).</numerusform></translation>
    </message>
    <message>
        <source>Microsoft disables Basic authentication for SMTP AUTH by default today (end of December 2026).</source>
        <translation>Microsoft deaktiviert die Standardauthentifizierung für SMTP AUTH heute standardmäßig (Ende Dezember 2026).</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft's default change (Basic authentication for SMTP AUTH off, end of December 2026) passed %n day(s) ago; where it still works it was re-enabled.</source>
        <translation>
            <numerusform>Die Standardänderung von Microsoft (Standardauthentifizierung für SMTP AUTH deaktiviert, Ende Dezember 2026) liegt %n Tag zurück; wo die Standardauthentifizierung noch funktioniert, wurde sie wieder aktiviert.</numerusform><numerusform>Die Standardänderung von Microsoft (Standardauthentifizierung für SMTP AUTH deaktiviert, Ende Dezember 2026) liegt %n Tage zurück; wo die Standardauthentifizierung noch funktioniert, wurde sie wieder aktiviert.</numerusform></translation>
    </message>
    <message>
        <source>which mailboxes can use SMTP AUTH</source>
        <translation>welche Postfächer SMTP AUTH verwenden können</translation>
    </message>
    <message numerus="yes">
        <source>%1 of them authenticated over SMTP in the last %n day(s).</source>
        <translation>
            <numerusform>%1 davon haben sich im Zeitraum von %n Tag über SMTP authentifiziert.</numerusform><numerusform>%1 davon haben sich im Zeitraum von %n Tagen über SMTP authentifiziert.</numerusform></translation>
    </message>
    <message>
        <source>Actual SMTP use is unknown: the sign-in log could not be read.</source>
        <translation>Die tatsächliche SMTP-Nutzung ist unbekannt: Das Anmeldeprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>SMTP AUTH inventory: %1 enabled, %2 blocked, %3 disabled</source>
        <translation>SMTP-AUTH-Bestand: %1 aktiviert, %2 blockiert, %3 deaktiviert</translation>
    </message>
    <message>
        <source>SmtpClientAuthenticationDisabled = %1</source>
        <translation>SmtpClientAuthenticationDisabled = %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) read</source>
        <translation>
            <numerusform>%n Postfach gelesen</numerusform><numerusform>%n Postfächer gelesen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Effective SMTP AUTH could not be determined for %n mailbox(es)</source>
        <translation>
            <numerusform>Das effektive SMTP AUTH konnte für %n Postfach nicht ermittelt werden</numerusform><numerusform>Das effektive SMTP AUTH konnte für %n Postfächer nicht ermittelt werden</numerusform></translation>
    </message>
    <message>
        <source>Inputs that could not be read: %1. These mailboxes are left out of the checks that depend on the verdict.</source>
        <translation>Eingaben, die nicht gelesen werden konnten: %1. Diese Postfächer werden bei den Prüfungen ausgelassen, die vom Ergebnis abhängen.</translation>
    </message>
    <message>
        <source>the organisation-wide SMTP AUTH setting</source>
        <translation>die organisationsweite SMTP-AUTH-Einstellung</translation>
    </message>
    <message>
        <source>SMTP AUTH is enabled for the whole organisation</source>
        <translation>SMTP AUTH ist für die gesamte Organisation aktiviert</translation>
    </message>
    <message>
        <source>Every mailbox without its own setting can use SMTP AUTH. Turn it off for the organisation and enable it only on the mailboxes that need it (first enable it explicitly on the mailboxes that actually send over SMTP).</source>
        <translation>Jedes Postfach ohne eigene Einstellung kann SMTP AUTH verwenden. Deaktivieren Sie es für die Organisation und aktivieren Sie es nur für die Postfächer, die es benötigen (aktivieren Sie es zuerst explizit für die Postfächer, die tatsächlich über SMTP senden).</translation>
    </message>
    <message>
        <source>per-mailbox SMTP AUTH settings</source>
        <translation>SMTP-AUTH-Einstellungen pro Postfach</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) have SMTP AUTH explicitly enabled</source>
        <translation>
            <numerusform>Bei %n Postfach ist SMTP AUTH explizit aktiviert</numerusform><numerusform>Bei %n Postfächern ist SMTP AUTH explizit aktiviert</numerusform></translation>
    </message>
    <message>
        <source>These mailboxes override the organisation setting. Each should have a known device or application that needs it.</source>
        <translation>Diese Postfächer überschreiben die Einstellung der Organisation. Für jedes sollte ein bekanntes Gerät oder eine bekannte Anwendung existieren, die es benötigt.</translation>
    </message>
    <message>
        <source>which SMTP-enabled mailboxes are idle and which disabled ones are still tried</source>
        <translation>welche Postfächer mit aktiviertem SMTP AUTH ungenutzt sind und bei welchen deaktivierten es noch Anmeldeversuche gibt</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) have SMTP AUTH on but did not use it</source>
        <translation>
            <numerusform>Bei %n Postfach ist SMTP AUTH aktiviert, wurde aber nicht verwendet</numerusform><numerusform>Bei %n Postfächern ist SMTP AUTH aktiviert, wurde aber nicht verwendet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No SMTP sign-in in the last %n day(s): safe to disable SMTP AUTH on these mailboxes.</source>
        <translation>
            <numerusform>Keine SMTP-Anmeldung im letzten %n Tag: SMTP AUTH kann für diese Postfächer gefahrlos deaktiviert werden.</numerusform><numerusform>Keine SMTP-Anmeldung in den letzten %n Tagen: SMTP AUTH kann für diese Postfächer gefahrlos deaktiviert werden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>0 sign-ins with clientAppUsed "Authenticated SMTP" in %n day(s) for each</source>
        <translation>
            <numerusform>Jeweils 0 Anmeldungen mit clientAppUsed „Authenticated SMTP“ in %n Tag</numerusform><numerusform>Jeweils 0 Anmeldungen mit clientAppUsed „Authenticated SMTP“ in %n Tagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed SMTP sign-in(s) from %2</source>
        <translation>
            <numerusform>%1: %n fehlgeschlagene SMTP-Anmeldung von %2</numerusform><numerusform>%1: %n fehlgeschlagene SMTP-Anmeldungen von %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) with SMTP AUTH disabled are still being tried</source>
        <translation>
            <numerusform>Bei %n Postfach mit deaktiviertem SMTP AUTH gibt es weiterhin Anmeldeversuche</numerusform><numerusform>Bei %n Postfächern mit deaktiviertem SMTP AUTH gibt es weiterhin Anmeldeversuche</numerusform></translation>
    </message>
    <message>
        <source>A device or application keeps failing to authenticate over SMTP. Find it by its source address and move it to OAuth or an SMTP relay connector, or retire it; otherwise it may be an attacker.</source>
        <translation>Ein Gerät oder eine Anwendung scheitert wiederholt an der Authentifizierung über SMTP. Ermitteln Sie es anhand seiner Quelladresse und stellen Sie es auf OAuth oder einen SMTP-Relay-Connector um, oder nehmen Sie es außer Betrieb; andernfalls könnte es sich um einen Angreifer handeln.</translation>
    </message>
    <message>
        <source>Basic authentication for SMTP AUTH is still allowed</source>
        <translation>Die Standardauthentifizierung für SMTP AUTH ist weiterhin zulässig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) until %1</source>
        <translation>
            <numerusform>Noch %n Tag bis %1</numerusform><numerusform>Noch %n Tage bis %1</numerusform></translation>
    </message>
    <message>
        <source>Microsoft Exchange Team, 27 January 2026: Basic auth for SMTP AUTH disabled by default at the end of December 2026</source>
        <translation>Microsoft Exchange Team, 27. Januar 2026: Standardauthentifizierung für SMTP AUTH wird Ende Dezember 2026 standardmäßig deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) with effective SMTP AUTH "enabled"</source>
        <translation>
            <numerusform>%n Postfach mit effektivem SMTP AUTH „Aktiviert“</numerusform><numerusform>%n Postfächer mit effektivem SMTP AUTH „Aktiviert“</numerusform></translation>
    </message>
    <message>
        <source>Authentication policy '%1': AllowBasicAuthSmtp = True</source>
        <translation>Authentifizierungsrichtlinie „%1“: AllowBasicAuthSmtp = True</translation>
    </message>
    <message>
        <source>Could not be checked: whether Basic SMTP AUTH is allowed</source>
        <translation>Konnte nicht überprüft werden: ob SMTP AUTH mit Standardauthentifizierung zulässig ist</translation>
    </message>
    <message>
        <source>No mailbox or policy was seen allowing Basic authentication for SMTP, but part of the data is missing (mailboxes, authentication policies, or inputs of some verdicts).</source>
        <translation>Es wurde kein Postfach und keine Richtlinie gefunden, die die Standardauthentifizierung für SMTP zulässt, aber ein Teil der Daten fehlt (Postfächer, Authentifizierungsrichtlinien oder Eingaben einiger Ergebnisse).</translation>
    </message>
    <message>
        <source>The SMTP endpoint offers AUTH before TLS</source>
        <translation>Der SMTP-Endpunkt bietet AUTH vor TLS an</translation>
    </message>
    <message>
        <source>%1:%2 advertised AUTH on the unencrypted connection: a client could send its password in plain text. Configure clients to STARTTLS before AUTH.</source>
        <translation>%1:%2 hat AUTH auf der unverschlüsselten Verbindung angeboten: Ein Client könnte sein Kennwort im Klartext senden. Konfigurieren Sie die Clients so, dass sie STARTTLS vor AUTH ausführen.</translation>
    </message>
    <message>
        <source>EHLO before STARTTLS lists AUTH</source>
        <translation>EHLO vor STARTTLS listet AUTH auf</translation>
    </message>
    <message>
        <source>which accounts and devices still use Basic authentication</source>
        <translation>welche Konten und Geräte noch die Standardauthentifizierung verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n Basic-auth SMTP sign-in(s) from %2</source>
        <translation>
            <numerusform>%1: %n SMTP-Anmeldung mit Standardauthentifizierung von %2</numerusform><numerusform>%1: %n SMTP-Anmeldungen mit Standardauthentifizierung von %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still sign in to SMTP with Basic authentication</source>
        <translation>
            <numerusform>%n Konto meldet sich noch mit Standardauthentifizierung bei SMTP an</numerusform><numerusform>%n Konten melden sich noch mit Standardauthentifizierung bei SMTP an</numerusform></translation>
    </message>
    <message>
        <source>Microsoft is retiring Basic authentication for SMTP AUTH client submission. %1 Move each device or application listed to OAuth (XOAUTH2) or an SMTP relay connector.</source>
        <translation>Microsoft stellt die Standardauthentifizierung für die SMTP-AUTH-Clientübermittlung ein. %1 Stellen Sie jedes aufgeführte Gerät und jede aufgeführte Anwendung auf OAuth (XOAUTH2) oder einen SMTP-Relay-Connector um.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) use SMTP AUTH where Basic authentication works</source>
        <translation>
            <numerusform>%n Konto verwendet SMTP AUTH, wo die Standardauthentifizierung funktioniert</numerusform><numerusform>%n Konten verwenden SMTP AUTH, wo die Standardauthentifizierung funktioniert</numerusform></translation>
    </message>
    <message>
        <source>The sign-in log does not say whether these SMTP sign-ins used Basic or OAuth. Check the EAC "SMTP AUTH Clients Submission" report (Authentication Protocol column). %1</source>
        <translation>Das Anmeldeprotokoll gibt nicht an, ob diese SMTP-Anmeldungen die Standardauthentifizierung oder OAuth verwendet haben. Prüfen Sie den Bericht „SMTP AUTH Clients Submission“ im EAC (Spalte „Authentication Protocol“). %1</translation>
    </message>
    <message>
        <source>successful SMTP sign-ins, protocol not recorded</source>
        <translation>erfolgreiche SMTP-Anmeldungen, Protokoll nicht erfasst</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation>%1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>%1 was not run</source>
        <translation>%1 wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>The audit is partial: %1. This check was skipped rather than reported as passed.</source>
        <translation>Das Audit ist unvollständig: %1. Diese Prüfung wurde übersprungen, statt als bestanden gemeldet zu werden.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform><numerusform>… und %n weitere Einträge</numerusform></translation>
    </message>
    <message>
        <source>Keep devices and applications that send mail up to date</source>
        <translation>Halten Sie Geräte und Anwendungen, die E-Mails senden, auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Not measurable from the tenant. Keep the firmware of printers and scanners and the libraries of applications that submit mail current, so that they support TLS 1.2+ and OAuth (XOAUTH2); replace those that cannot.</source>
        <translation>Im Mandanten nicht messbar. Halten Sie die Firmware von Druckern und Scannern sowie die Bibliotheken von Anwendungen, die E-Mails übermitteln, aktuell, damit sie TLS 1.2+ und OAuth (XOAUTH2) unterstützen; ersetzen Sie diejenigen, die das nicht können.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sign-in(s)</source>
        <translation>
            <numerusform>%1: %n Anmeldung</numerusform><numerusform>%1: %n Anmeldungen</numerusform></translation>
    </message>
    <message>
        <source>No earlier audit of this tenant was found</source>
        <translation>Es wurde kein früheres Audit dieses Mandanten gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Save this audit and repeat it regularly (at least every %n day(s)); the next audit shows what changed.</source>
        <translation>
            <numerusform>Speichern Sie dieses Audit und wiederholen Sie es regelmäßig (mindestens alle %n Tag); das nächste Audit zeigt, was sich geändert hat.</numerusform><numerusform>Speichern Sie dieses Audit und wiederholen Sie es regelmäßig (mindestens alle %n Tage); das nächste Audit zeigt, was sich geändert hat.</numerusform></translation>
    </message>
    <message>
        <source>previous audit %1</source>
        <translation>vorheriges Audit %1</translation>
    </message>
    <message>
        <source>smtpaudit audit history</source>
        <translation>Audit-Verlauf von smtpaudit</translation>
    </message>
    <message numerus="yes">
        <source>The previous audit is %n day(s) old</source>
        <translation>
            <numerusform>Das vorherige Audit ist %n Tag alt</numerusform><numerusform>Das vorherige Audit ist %n Tage alt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Audit SMTP AUTH at least every %n day(s): settings drift and new devices appear.</source>
        <translation>
            <numerusform>Führen Sie ein Audit von SMTP AUTH mindestens alle %n Tag durch: Einstellungen weichen ab, und neue Geräte kommen hinzu.</numerusform><numerusform>Führen Sie ein Audit von SMTP AUTH mindestens alle %n Tage durch: Einstellungen weichen ab, und neue Geräte kommen hinzu.</numerusform></translation>
    </message>
    <message>
        <source>No changes since the previous audit</source>
        <translation>Keine Änderungen seit dem vorherigen Audit</translation>
    </message>
    <message>
        <source>Changes since the previous audit</source>
        <translation>Änderungen seit dem vorherigen Audit</translation>
    </message>
    <message>
        <source>%1 new finding(s), %2 resolved, %3 not re-checked; %4 mailbox(es) changed effective SMTP AUTH, %5 added, %6 removed.</source>
        <translation>Neue Befunde: %1, behoben: %2, nicht erneut überprüft: %3; Postfächer mit geändertem effektivem SMTP AUTH: %4, hinzugefügt: %5, entfernt: %6.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Train the people who configure devices and handle mail</source>
        <translation>Schulen Sie die Personen, die Geräte konfigurieren und E-Mails bearbeiten</translation>
    </message>
    <message>
        <source>Not measurable. Teach administrators and device owners why SMTP AUTH credentials must not be shared or embedded in scripts, how to recognise phishing aimed at service accounts, and whom to tell when a device starts failing to send.</source>
        <translation>Nicht messbar. Vermitteln Sie Administratoren und Gerätebesitzern, warum SMTP-AUTH-Anmeldeinformationen nicht geteilt oder in Skripts eingebettet werden dürfen, wie sie auf Dienstkonten zielendes Phishing erkennen und wen sie informieren sollen, wenn ein Gerät nicht mehr senden kann.</translation>
    </message>
    <message>
        <source>Prepare an incident response plan for a compromised sending account</source>
        <translation>Erstellen Sie einen Plan zur Reaktion auf Vorfälle für ein kompromittiertes Sendekonto</translation>
    </message>
    <message>
        <source>Not measurable. Write down who decides, how to cut off SMTP AUTH at once, how to reset the account and revoke its sessions, and how to check what it sent. Every finding in this audit carries ready remediation commands.</source>
        <translation>Nicht messbar. Halten Sie schriftlich fest, wer entscheidet, wie SMTP AUTH sofort gesperrt wird, wie das Konto zurückgesetzt und seine Sitzungen widerrufen werden und wie geprüft wird, was es gesendet hat. Jeder Befund in diesem Audit enthält sofort verwendbare Befehle zur Behebung.</translation>
    </message>
    <message>
        <source>Keep a record of the SMTP AUTH configuration</source>
        <translation>Dokumentieren Sie die SMTP-AUTH-Konfiguration</translation>
    </message>
    <message>
        <source>Not measurable from the tenant. Saved audits (JSON) record every mailbox's setting and verdict and can be exported; keep them with your configuration backups so a known-good state can be restored.</source>
        <translation>Im Mandanten nicht messbar. Gespeicherte Audits (JSON) erfassen die Einstellung und das Ergebnis jedes Postfachs und können exportiert werden; bewahren Sie sie zusammen mit Ihren Konfigurationssicherungen auf, damit ein bekannt funktionierender Zustand wiederhergestellt werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) used SMTP AUTH in the window.</source>
        <translation>
            <numerusform>%n Konto hat im Zeitraum SMTP AUTH verwendet.</numerusform><numerusform>%n Konten haben im Zeitraum SMTP AUTH verwendet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Their sign-ins came from %n distinct source address(es).</source>
        <translation>
            <numerusform>Ihre Anmeldungen kamen von %n Quelladresse.</numerusform><numerusform>Ihre Anmeldungen kamen von %n verschiedenen Quelladressen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) can submit mail with a password over SMTP AUTH.</source>
        <translation>
            <numerusform>%n Postfach kann E-Mails mit einem Kennwort über SMTP AUTH übermitteln.</numerusform><numerusform>%n Postfächer können E-Mails mit einem Kennwort über SMTP AUTH übermitteln.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more mailbox(es) have the protocol on but Basic authentication blocked (OAuth only).</source>
        <translation>
            <numerusform>Bei %n weiteren Postfach ist das Protokoll eingeschaltet, aber die Standardauthentifizierung blockiert (nur OAuth).</numerusform><numerusform>Bei %n weiteren Postfächern ist das Protokoll eingeschaltet, aber die Standardauthentifizierung blockiert (nur OAuth).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) accept a password over SMTP AUTH.</source>
        <translation>
            <numerusform>%n Postfach akzeptiert ein Kennwort über SMTP AUTH.</numerusform><numerusform>%n Postfächer akzeptieren ein Kennwort über SMTP AUTH.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n authentication policy(ies) allow Basic authentication for SMTP.</source>
        <translation>
            <numerusform>%n Authentifizierungsrichtlinie erlaubt die Standardauthentifizierung für SMTP.</numerusform><numerusform>%n Authentifizierungsrichtlinien erlauben die Standardauthentifizierung für SMTP.</numerusform></translation>
    </message>
    <message>
        <source>%1 Move devices and applications to OAuth (XOAUTH2) or an SMTP relay connector, then block Basic authentication.</source>
        <translation>%1 Stellen Sie Geräte und Anwendungen auf OAuth (XOAUTH2) oder einen SMTP-Relay-Connector um und blockieren Sie dann die Standardauthentifizierung.</translation>
    </message>
</context>
<context>
    <name>SampleHttpServer</name>
    <message>
        <source>The sample tenant cannot listen on %1:%2.</source>
        <translation>Der Beispielmandant kann nicht an %1:%2 lauschen.</translation>
    </message>
</context>
<context>
    <name>SamplePki</name>
    <message>
        <source>Could not create the sample tenant's keys or certificates.</source>
        <translation>Die Schlüssel oder Zertifikate des Beispielmandanten konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>RS256 and PS256 need an RSA key.</source>
        <translation>RS256 und PS256 benötigen einen RSA-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SampleSmtpServer</name>
    <message>
        <source>The sample SMTP endpoint listens on loopback addresses only.</source>
        <translation>Der Beispiel-SMTP-Endpunkt lauscht nur auf Loopback-Adressen.</translation>
    </message>
    <message>
        <source>The sample SMTP endpoint needs a certificate and a key.</source>
        <translation>Der Beispiel-SMTP-Endpunkt benötigt ein Zertifikat und einen Schlüssel.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2.</source>
        <translation>Auf %1, Port %2 konnte nicht gelauscht werden.</translation>
    </message>
</context>
<context>
    <name>SampleTenant</name>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Es kann kein temporärer Ordner erstellt werden.</translation>
    </message>
</context>
<context>
    <name>SampleTenantCommand</name>
    <message>
        <source>Prints, as JSON, what a correct audit of the sample tenant must find (computed from the generated
tenant, independently of the audit code).</source>
        <translation>Gibt als JSON aus, was ein korrektes Audit des Beispielmandanten finden muss (berechnet aus dem generierten
Mandanten, unabhängig vom Auditcode).</translation>
    </message>
    <message>
        <source>Print the ground truth.</source>
        <translation>Das Sollergebnis ausgeben.</translation>
    </message>
    <message>
        <source>Tenant size: small, medium or large.</source>
        <translation>Mandantengröße: small, medium oder large.</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same tenant).</source>
        <translation>Startwert (Seed) des Generators (gleicher Seed, gleicher Mandant).</translation>
    </message>
    <message>
        <source>Sign-in window in days (1-30).</source>
        <translation>Anmeldezeitraum in Tagen (1-30).</translation>
    </message>
    <message>
        <source>The tenant has no Entra ID P1 licence.</source>
        <translation>Der Mandant hat keine Entra ID P1-Lizenz.</translation>
    </message>
    <message>
        <source>The tenant's clock (ISO-8601); default: the current time.</source>
        <translation>Die Uhrzeit des Mandanten (ISO-8601); Standard: die aktuelle Zeit.</translation>
    </message>
    <message>
        <source>Usage: smtpaudit-cli sample-tenant ground-truth --size small|medium|large [--seed N] [--days 1-30] [--no-premium] [--now ISO-8601]</source>
        <translation>Verwendung: smtpaudit-cli sample-tenant ground-truth --size small|medium|large [--seed N] [--days 1-30] [--no-premium] [--now ISO-8601]</translation>
    </message>
    <message>
        <source>Runs the built-in sample Microsoft 365 tenant on loopback until it is stopped (Ctrl+C).
The first line on standard output is a JSON object with baseUrl, caFile, tenantId, clientId,
clientSecret, smtpHost and smtpPort.</source>
        <translation>Führt den integrierten Microsoft 365-Beispielmandanten auf Loopback aus, bis er beendet wird (Ctrl+C).
Die erste Zeile in der Standardausgabe ist ein JSON-Objekt mit baseUrl, caFile, tenantId, clientId,
clientSecret, smtpHost und smtpPort.</translation>
    </message>
    <message>
        <source>Start serving.</source>
        <translation>Bereitstellung starten.</translation>
    </message>
    <message>
        <source>HTTPS port (0: any free port).</source>
        <translation>HTTPS-Port (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Response time of every API request, counted from its arrival.</source>
        <translation>Antwortzeit jeder API-Anfrage, gezählt ab ihrem Eintreffen.</translation>
    </message>
    <message>
        <source>Apply Microsoft's documented throttling limits.</source>
        <translation>Die von Microsoft dokumentierten Drosselungsgrenzwerte anwenden.</translation>
    </message>
    <message>
        <source>Write what a correct audit must find to FILE (JSON).</source>
        <translation>In FILE schreiben, was ein korrektes Audit finden muss (JSON).</translation>
    </message>
    <message>
        <source>Sign-in window of the ground truth (1-30).</source>
        <translation>Anmeldezeitraum des Sollergebnisses (1-30).</translation>
    </message>
    <message>
        <source>Usage: smtpaudit-cli sample-tenant serve [options] | sample-tenant ground-truth [options]</source>
        <translation>Verwendung: smtpaudit-cli sample-tenant serve [Optionen] | sample-tenant ground-truth [Optionen]</translation>
    </message>
    <message>
        <source>Invalid option value: --size takes small, medium or large; --fault-rate a number from 0 to 1; --sign-in-days 1 to 30; --now an ISO-8601 time; --port, --seed and --latency-ms non-negative numbers.</source>
        <translation>Ungültiger Optionswert: --size akzeptiert small, medium oder large; --fault-rate eine Zahl von 0 bis 1; --sign-in-days 1 bis 30; --now eine ISO-8601-Zeit; --port, --seed und --latency-ms nicht negative Zahlen.</translation>
    </message>
    <message>
        <source>The sample tenant could not start: %1</source>
        <translation>Der Beispielmandant konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Cannot write the ground truth to %1: %2</source>
        <translation>Das Sollergebnis kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Share of API responses replaced by a fault (429, 503, reset, truncated or malformed JSON, slow trickle).</source>
        <translation>Anteil der API-Antworten, die durch einen Fehler ersetzt werden (429, 503, Verbindungsabbruch, abgeschnittenes oder fehlerhaftes JSON, langsames Tröpfeln).</translation>
    </message>
    <message>
        <source>Exchange regional host discovery answers with a redirect to a regional front end named NAME (another port on 127.0.0.1).</source>
        <translation>Die Ermittlung des regionalen Exchange-Hosts antwortet mit einer Umleitung auf ein regionales Front-End namens NAME (ein anderer Port auf 127.0.0.1).</translation>
    </message>
    <message>
        <source>Sample tenant %1 serving at %2, SMTP submission at %3:%4 (Ctrl+C to stop)</source>
        <translation>Beispiel-Mandant %1 bedient %2, SMTP-Übermittlung unter %3:%4 (Strg+C zum Beenden)</translation>
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
    <name>SendCommand</name>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>This is usually temporary: retrying later may succeed.</source>
        <translation>Dies ist normalerweise vorübergehend: Ein späterer erneuter Versuch kann erfolgreich sein.</translation>
    </message>
    <message>
        <source>Server preset: office365 (smtp.office365.com, port 587, STARTTLS).</source>
        <translation>Servervoreinstellung: office365 (smtp.office365.com, Port 587, STARTTLS).</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>Hostname des SMTP-Servers.</translation>
    </message>
    <message>
        <source>Port (default 587 for starttls, 465 for implicit).</source>
        <translation>Port (Standard: 587 für starttls, 465 für implicit).</translation>
    </message>
    <message>
        <source>starttls (default) or implicit.</source>
        <translation>starttls (Standard) oder implicit.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>none (default), plain, login or xoauth2.</source>
        <translation>none (Standard), plain, login oder xoauth2.</translation>
    </message>
    <message>
        <source>User name (or mailbox, for XOAUTH2) to authenticate as.</source>
        <translation>Benutzername (bzw. Postfach bei XOAUTH2), mit dem die Authentifizierung erfolgt.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Kennwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the XOAUTH2 access token from standard input.</source>
        <translation>Das XOAUTH2-Zugriffstoken von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Sender address (envelope and From:).</source>
        <translation>Absenderadresse (Umschlag und From:).</translation>
    </message>
    <message>
        <source>Recipient address; repeat for more.</source>
        <translation>Empfängeradresse; für weitere Empfänger wiederholen.</translation>
    </message>
    <message>
        <source>Subject (any Unicode).</source>
        <translation>Betreff (beliebiges Unicode).</translation>
    </message>
    <message>
        <source>smtpaudit test message</source>
        <translation>smtpaudit-Testnachricht</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>Nachrichtentext.</translation>
    </message>
    <message>
        <source>This is a test message sent by smtpaudit to check SMTP submission.</source>
        <translation>Dies ist eine Testnachricht, die von smtpaudit gesendet wurde, um die SMTP-Übermittlung zu überprüfen.</translation>
    </message>
    <message>
        <source>Save the redacted transcript to FILE.</source>
        <translation>Das geschwärzte Sitzungsprotokoll in FILE speichern.</translation>
    </message>
    <message>
        <source>Deadline of each step in seconds (default 30).</source>
        <translation>Frist für jeden Schritt in Sekunden (Standard: 30).</translation>
    </message>
    <message>
        <source>EHLO name (default: this computer's name).</source>
        <translation>EHLO-Name (Standard: Name dieses Computers).</translation>
    </message>
    <message>
        <source>Do not print the transcript, only the result.</source>
        <translation>Nicht das Sitzungsprotokoll ausgeben, nur das Ergebnis.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown preset %1; the only preset is office365.</source>
        <translation>Unbekannte Voreinstellung %1; die einzige Voreinstellung ist office365.</translation>
    </message>
    <message>
        <source>send needs --host H or --preset office365.</source>
        <translation>send erfordert --host H oder --preset office365.</translation>
    </message>
    <message>
        <source>--tls must be starttls or implicit.</source>
        <translation>--tls muss starttls oder implicit sein.</translation>
    </message>
    <message>
        <source>--port must be a number between 1 and 65535.</source>
        <translation>--port muss eine Zahl zwischen 1 und 65535 sein.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 3600.</source>
        <translation>--timeout muss eine Anzahl von Sekunden zwischen 1 und 3600 sein.</translation>
    </message>
    <message>
        <source>--auth must be none, plain, login or xoauth2.</source>
        <translation>--auth muss none, plain, login oder xoauth2 sein.</translation>
    </message>
    <message>
        <source>--password-stdin and --token-stdin need --auth plain, login or xoauth2.</source>
        <translation>--password-stdin und --token-stdin erfordern --auth plain, login oder xoauth2.</translation>
    </message>
    <message>
        <source>--auth xoauth2 needs --token-stdin (the access token on standard input).</source>
        <translation>--auth xoauth2 erfordert --token-stdin (das Zugriffstoken über die Standardeingabe).</translation>
    </message>
    <message>
        <source>--auth %1 needs --password-stdin (the password on standard input).</source>
        <translation>--auth %1 erfordert --password-stdin (das Kennwort über die Standardeingabe).</translation>
    </message>
    <message>
        <source>send needs --from F and at least one --to T.</source>
        <translation>send erfordert --from F und mindestens ein --to T.</translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation>Kein Zugriffstoken in der Standardeingabe.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Kein Kennwort in der Standardeingabe.</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>No connection profile named %1.</source>
        <translation>Kein Verbindungsprofil mit dem Namen %1.</translation>
    </message>
    <message>
        <source>Sends one test message over SMTP submission and explains the server's answer.
Credentials are read from standard input or, with --profile, come from the identity layer and the
keychain; they never appear in the transcript.
Exit codes: 0 accepted, 2 usage or invalid input (nothing was sent), 20 connect, 21 TLS (incl. no STARTTLS), 22 greeting/EHLO, 23 authentication, 24 envelope (MAIL FROM/RCPT TO), 25 data, 26 cancelled.</source>
        <translation>Sendet eine Testnachricht über SMTP-Übermittlung und erklärt die Antwort des Servers.
Anmeldedaten werden von der Standardeingabe gelesen oder kommen mit --profile aus der Identitätsschicht und dem
Schlüsselbund; sie erscheinen nie im Protokoll.
Exit-Codes: 0 angenommen, 2 Aufruf oder ungültige Eingabe (nichts gesendet), 20 Verbindung, 21 TLS (auch kein STARTTLS), 22 Begrüßung/EHLO, 23 Authentifizierung, 24 Umschlag (MAIL FROM/RCPT TO), 25 Daten, 26 abgebrochen.</translation>
    </message>
    <message>
        <source>With --auth xoauth2: get the access token with this saved connection profile (delegated SMTP.Send by device code, or app-only SMTP.SendAsApp); its CA file is the default --ca-file.</source>
        <translation>Mit --auth xoauth2: das Zugriffstoken mit diesem gespeicherten Verbindungsprofil beziehen (delegiertes SMTP.Send per Gerätecode oder reine App-Berechtigung SMTP.SendAsApp); seine CA-Datei ist der Standard für --ca-file.</translation>
    </message>
    <message>
        <source>Give only one of --password-stdin, --token-stdin and --profile.</source>
        <translation>Geben Sie nur eine der Optionen --password-stdin, --token-stdin und --profile an.</translation>
    </message>
    <message>
        <source>--profile needs --auth xoauth2.</source>
        <translation>--profile erfordert --auth xoauth2.</translation>
    </message>
    <message>
        <source>No SMTP access token for profile %1: %2</source>
        <translation>Kein SMTP-Zugriffstoken für Profil %1: %2</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>SignInErrorCodes</name>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>The account does not exist in the directory (mistyped user name, or someone probing for accounts).</source>
        <translation>Das Konto ist im Verzeichnis nicht vorhanden (falsch eingegebener Benutzername oder jemand, der nach Konten sucht).</translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts, or the sign-in came from an IP address with malicious activity.</source>
        <translation>Das Konto ist nach zu vielen Fehlversuchen gesperrt, oder die Anmeldung kam von einer IP-Adresse mit böswilliger Aktivität.</translation>
    </message>
    <message>
        <source>The password has expired.</source>
        <translation>Das Kennwort ist abgelaufen.</translation>
    </message>
    <message>
        <source>The user account is disabled.</source>
        <translation>Das Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Strong authentication was required and the user did not pass the MFA challenge.</source>
        <translation>Eine starke Authentifizierung war erforderlich, und der Benutzer hat die MFA-Abfrage nicht bestanden.</translation>
    </message>
    <message>
        <source>Multifactor authentication is required (Conditional Access, per-user MFA or a new location); a legacy protocol such as SMTP AUTH cannot complete it.</source>
        <translation>Die mehrstufige Authentifizierung ist erforderlich (bedingter Zugriff, MFA pro Benutzer oder ein neuer Standort); ein Legacy-Protokoll wie SMTP AUTH kann sie nicht durchführen.</translation>
    </message>
    <message>
        <source>The user must register for multifactor authentication before signing in.</source>
        <translation>Der Benutzer muss sich vor der Anmeldung für die mehrstufige Authentifizierung registrieren.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Some are typos; many against different users from one address suggest password spraying.</source>
        <translation>Falscher Benutzername oder falsches Kennwort. Manches sind Tippfehler; viele Fehlversuche bei verschiedenen Benutzern von einer Adresse deuten auf einen Kennwort-Spray-Angriff hin.</translation>
    </message>
    <message>
        <source>Interrupted by the "Stay signed in?" prompt; an expected step, not an attack.</source>
        <translation>Durch die Abfrage „Angemeldet bleiben?“ unterbrochen; ein erwarteter Schritt, kein Angriff.</translation>
    </message>
    <message>
        <source>Blocked by a Conditional Access policy.</source>
        <translation>Durch eine Richtlinie für bedingten Zugriff blockiert.</translation>
    </message>
    <message>
        <source>The user or an administrator has not consented to the application.</source>
        <translation>Der Benutzer oder ein Administrator hat der Anwendung nicht zugestimmt.</translation>
    </message>
    <message>
        <source>Authentication failed during the strong-authentication (MFA) request: the prompt was denied, timed out or could not be completed.</source>
        <translation>Die Authentifizierung ist bei der Anforderung der starken Authentifizierung (MFA) fehlgeschlagen: Die Abfrage wurde abgelehnt, ist abgelaufen oder konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Blocked by security defaults (legacy authentication such as basic SMTP AUTH, or a sign-in deemed unsafe).</source>
        <translation>Durch die Sicherheitsstandards blockiert (Legacy-Authentifizierung wie SMTP AUTH mit Standardauthentifizierung oder eine als unsicher eingestufte Anmeldung).</translation>
    </message>
    <message>
        <source>An invalid client secret was presented by an application.</source>
        <translation>Eine Anwendung hat einen ungültigen geheimen Clientschlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>Error %1: see Microsoft's list of AADSTS error codes.</source>
        <translation>Fehler %1: Siehe die Liste der AADSTS-Fehlercodes von Microsoft.</translation>
    </message>
</context>
<context>
    <name>SignInSlice</name>
    <message>
        <source>The next-page link points to another server.</source>
        <translation>Der Link zur nächsten Seite verweist auf einen anderen Server.</translation>
    </message>
    <message>
        <source>The service repeated a next-page link.</source>
        <translation>Der Dienst hat einen Link zur nächsten Seite wiederholt.</translation>
    </message>
</context>
<context>
    <name>SignInStore</name>
    <message>
        <source>The sign-in log page is not valid JSON.</source>
        <translation>Die Seite des Anmeldeprotokolls ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The sign-in log page is not a JSON object.</source>
        <translation>Die Seite des Anmeldeprotokolls ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The sign-in log page contains an entry that is not a sign-in object.</source>
        <translation>Die Seite des Anmeldeprotokolls enthält einen Eintrag, der kein Anmeldeobjekt ist.</translation>
    </message>
    <message>
        <source>The sign-in log page has no list of sign-ins.</source>
        <translation>Die Seite des Anmeldeprotokolls enthält keine Liste von Anmeldungen.</translation>
    </message>
</context>
<context>
    <name>SmtpPhases</name>
    <message>
        <source>while checking the input</source>
        <translation>beim Prüfen der Eingabe</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>while setting up TLS</source>
        <translation>beim Einrichten von TLS</translation>
    </message>
    <message>
        <source>while waiting for the server's greeting</source>
        <translation>beim Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <source>during EHLO</source>
        <translation>bei EHLO</translation>
    </message>
    <message>
        <source>during EHLO after STARTTLS</source>
        <translation>bei EHLO nach STARTTLS</translation>
    </message>
    <message>
        <source>while authenticating</source>
        <translation>bei der Authentifizierung</translation>
    </message>
    <message>
        <source>at MAIL FROM (sender)</source>
        <translation>bei MAIL FROM (Absender)</translation>
    </message>
    <message>
        <source>at RCPT TO (recipients)</source>
        <translation>bei RCPT TO (Empfänger)</translation>
    </message>
    <message>
        <source>at DATA</source>
        <translation>bei DATA</translation>
    </message>
    <message>
        <source>while the server checked the message</source>
        <translation>während der Server die Nachricht prüfte</translation>
    </message>
    <message>
        <source>at QUIT</source>
        <translation>bei QUIT</translation>
    </message>
    <message>
        <source>after the session ended</source>
        <translation>nach dem Ende der Sitzung</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>Enter the SMTP server's host name (letters, digits, dots and hyphens only).</source>
        <translation>Geben Sie den Hostnamen des SMTP-Servers ein (nur Buchstaben, Ziffern, Punkte und Bindestriche).</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535.</source>
        <translation>Geben Sie einen Port zwischen 1 und 65535 ein.</translation>
    </message>
    <message>
        <source>The timeout must be at least one second.</source>
        <translation>Das Zeitlimit muss mindestens eine Sekunde betragen.</translation>
    </message>
    <message>
        <source>The EHLO name may contain only letters, digits, dots and hyphens.</source>
        <translation>Der EHLO-Name darf nur Buchstaben, Ziffern, Punkte und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>Enter the user name to authenticate as.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem die Authentifizierung erfolgen soll.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The user name contains a control character.</source>
        <translation>Der Benutzername enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>An access token is needed for XOAUTH2.</source>
        <translation>Für XOAUTH2 ist ein Zugriffstoken erforderlich.</translation>
    </message>
    <message>
        <source>A password is needed for this sign-in.</source>
        <translation>Für diese Anmeldung ist ein Kennwort erforderlich.</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which AUTH PLAIN cannot carry.</source>
        <translation>Das Kennwort enthält ein NUL-Zeichen, das AUTH PLAIN nicht übertragen kann.</translation>
    </message>
    <message>
        <source>The access token contains a space or a control character; paste the token alone.</source>
        <translation>Das Zugriffstoken enthält ein Leerzeichen oder ein Steuerzeichen; fügen Sie nur das Token ein.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from the CA file %1.</source>
        <translation>Aus der CA-Datei %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>Zertifikatproblem: %1</translation>
    </message>
    <message>
        <source>connecting to %1 port %2 (%3)</source>
        <translation>Verbindung mit %1, Port %2 (%3) wird hergestellt</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>cancelled while waiting for the answer to QUIT</source>
        <translation>beim Warten auf die Antwort auf QUIT abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>connected to %1 port %2</source>
        <translation>verbunden mit %1, Port %2</translation>
    </message>
    <message>
        <source>The server negotiated a TLS version below 1.2.</source>
        <translation>Der Server hat eine TLS-Version unter 1.2 ausgehandelt.</translation>
    </message>
    <message>
        <source>The server sent more than 1 MiB without a reply.</source>
        <translation>Der Server hat mehr als 1 MiB ohne vollständige Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server sent data before the client asked for anything.</source>
        <translation>Der Server hat Daten gesendet, bevor der Client etwas angefordert hat.</translation>
    </message>
    <message>
        <source>malformed reply: %1</source>
        <translation>fehlerhafte Antwort: %1</translation>
    </message>
    <message>
        <source>The server's reply was not valid SMTP (%1).</source>
        <translation>Die Antwort des Servers war kein gültiges SMTP (%1).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Keine Verbindung mit %1, Port %2 möglich: %3</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation>Der Server hat die Verbindung %1 geschlossen.</translation>
    </message>
    <message>
        <source>Connection error %1: %2</source>
        <translation>Verbindungsfehler %1: %2</translation>
    </message>
    <message>
        <source>No answer within %1 seconds %2.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden %2.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server rejected EHLO: %1</source>
        <translation>Der Server hat EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS; refusing to continue (possible injection).</source>
        <translation>Der Server hat nach der Zustimmung zu STARTTLS Daten gesendet; der Vorgang wird nicht fortgesetzt (mögliche Injektion).</translation>
    </message>
    <message>
        <source>starting the TLS handshake</source>
        <translation>TLS-Handshake wird gestartet</translation>
    </message>
    <message>
        <source>The server rejected the sender %1: %2</source>
        <translation>Der Server hat den Absender %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server rejected the recipient %1: %2</source>
        <translation>Der Server hat den Empfänger %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server refused DATA: %1</source>
        <translation>Der Server hat DATA abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server did not accept the message: %1</source>
        <translation>Der Server hat die Nachricht nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the server accepted the message</source>
        <translation>der Server hat die Nachricht angenommen</translation>
    </message>
    <message>
        <source>Unexpected reply: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so smtpaudit did not authenticate: credentials are never sent without TLS.</source>
        <translation>Der Server bietet kein STARTTLS an, daher hat sich smtpaudit nicht authentifiziert: Anmeldeinformationen werden niemals ohne TLS gesendet.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; smtpaudit does not send mail without TLS.</source>
        <translation>Der Server bietet kein STARTTLS an; smtpaudit sendet keine E-Mails ohne TLS.</translation>
    </message>
    <message>
        <source>THE SERVER OFFERS NO STARTTLS. Continuing WITHOUT TLS only because allowPlaintextOnLoopback is set and the server is on loopback: credentials and the message cross the connection in clear text. Never use this outside tests.</source>
        <translation>DER SERVER BIETET KEIN STARTTLS AN. Es wird NUR deshalb OHNE TLS fortgefahren, weil allowPlaintextOnLoopback gesetzt ist und der Server auf Loopback läuft: Anmeldeinformationen und Nachricht werden im Klartext über die Verbindung übertragen. Verwenden Sie dies niemals außerhalb von Tests.</translation>
    </message>
    <message>
        <source>Refusing to authenticate without TLS.</source>
        <translation>Authentifizierung ohne TLS wird verweigert.</translation>
    </message>
    <message>
        <source>The server does not offer SMTP AUTH at all (no AUTH in its EHLO reply).</source>
        <translation>Der Server bietet SMTP AUTH überhaupt nicht an (kein AUTH in seiner EHLO-Antwort).</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2.</source>
        <translation>Der Server bietet AUTH %1 nicht an; er bietet %2 an.</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation>authentifiziert als %1 mit %2</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more message line(s) not shown)</source>
        <translation>
            <numerusform>(%n weitere Nachrichtenzeile nicht angezeigt)</numerusform><numerusform>(%n weitere Nachrichtenzeilen nicht angezeigt)</numerusform></translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen %1: %2</translation>
    </message>
</context>
<context>
    <name>SmtpTranscript</name>
    <message>
        <source>Could not write the transcript to %1.</source>
        <translation>Das Sitzungsprotokoll konnte nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>Test Send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <source>smtpaudit test message</source>
        <translation>smtpaudit-Testnachricht</translation>
    </message>
    <message>
        <source>This is a test message sent by smtpaudit to check SMTP submission.</source>
        <translation>Dies ist eine Testnachricht, die von smtpaudit gesendet wurde, um die SMTP-Übermittlung zu überprüfen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Microsoft 365 (smtp.office365.com:587, STARTTLS)</source>
        <translation>Microsoft 365 (smtp.office365.com:587, STARTTLS)</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>Optional PEM file of a private CA to trust</source>
        <translation>Optionale PEM-Datei einer privaten Zertifizierungsstelle, der vertraut werden soll</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>OAuth access token (XOAUTH2, recommended)</source>
        <translation>OAuth-Zugriffstoken (XOAUTH2, empfohlen)</translation>
    </message>
    <message>
        <source>Basic: user name and password (LOGIN)</source>
        <translation>Standard: Benutzername und Kennwort (LOGIN)</translation>
    </message>
    <message>
        <source>Basic: user name and password (PLAIN)</source>
        <translation>Standard: Benutzername und Kennwort (PLAIN)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>Basic authentication for SMTP AUTH is disabled by default in existing Microsoft 365 tenants from the end of December 2026. Move devices and applications to OAuth.</source>
        <translation>Die Standardauthentifizierung für SMTP AUTH wird in bestehenden Microsoft 365-Mandanten ab Ende Dezember 2026 standardmäßig deaktiviert. Stellen Sie Geräte und Anwendungen auf OAuth um.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation>Empfänger, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>TLS: not connected</source>
        <translation>TLS: nicht verbunden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Save Transcript…</source>
        <translation>Sitzungsprotokoll speichern…</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <source>Token for https://outlook.office.com/SMTP.Send or SMTP.SendAsApp</source>
        <translation>Token für https://outlook.office.com/SMTP.Send oder SMTP.SendAsApp</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation>Der Server hat die Nachricht angenommen.</translation>
    </message>
    <message>
        <source>Failed %1: %2</source>
        <translation>Fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>This is usually temporary: retrying later may succeed.</source>
        <translation>Dies ist normalerweise vorübergehend: Ein späterer erneuter Versuch kann erfolgreich sein.</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Sitzungsprotokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>OAuth: sign in with a device code (XOAUTH2, recommended)</source>
        <translation>OAuth: mit einem Gerätecode anmelden (XOAUTH2, empfohlen)</translation>
    </message>
    <message>
        <source>Obtained by signing in when you press Send</source>
        <translation>Wird beim Klick auf Senden durch Anmeldung bezogen</translation>
    </message>
    <message>
        <source>Empty: the signed-in user</source>
        <translation>Leer: der angemeldete Benutzer</translation>
    </message>
    <message>
        <source>Signing in needs a tenant and an app; choose another sign-in method.</source>
        <translation>Die Anmeldung benötigt einen Mandanten und eine App; wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>To sign in, open &lt;a href="%1"&gt;%2&lt;/a&gt; and enter the code &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Öffnen Sie zur Anmeldung &lt;a href="%1"&gt;%2&lt;/a&gt;, und geben Sie den Code &lt;b&gt;%3&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>Warten auf die Anmeldung…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>SMTP-Dialog</translation>
    </message>
    <message>
        <source>The SMTP conversation appears here when you press Send: every command and reply with its time, and the TLS handshake. Passwords and tokens are always hidden.</source>
        <translation>Der SMTP-Dialog erscheint hier, wenn Sie auf Senden klicken: jeder Befehl und jede Antwort mit Uhrzeit sowie der TLS-Handshake. Kennwörter und Token werden immer verborgen.</translation>
    </message>
    <message>
        <source>Result and diagnosis</source>
        <translation>Ergebnis und Diagnose</translation>
    </message>
    <message>
        <source>After a send, the result appears here. When the server refuses the message, this explains the reply in plain words: the likely cause, and the setting or PowerShell command that fixes it.</source>
        <translation>Nach dem Senden erscheint hier das Ergebnis. Lehnt der Server die Nachricht ab, wird die Antwort hier verständlich erklärt: die wahrscheinliche Ursache und die Einstellung oder der PowerShell-Befehl, der sie behebt.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>The access token cannot be read.</source>
        <translation>Das Zugriffstoken kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No credential is configured.</source>
        <translation>Es sind keine Anmeldeinformationen konfiguriert.</translation>
    </message>
    <message>
        <source>The sign-in was closed.</source>
        <translation>Die Anmeldung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TokenVerifier</name>
    <message>
        <source>The access token is not valid.</source>
        <translation>Das Zugriffstoken ist ungültig.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>%1 is not an absolute URL.</source>
        <translation>%1 ist keine absolute URL.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>%1 uses plain http:// to a host that is not this computer. Use https:// (http:// is accepted only for 127.0.0.1, ::1 and localhost).</source>
        <translation>%1 verwendet unverschlüsseltes http:// zu einem Host, der nicht dieser Computer ist. Verwenden Sie https:// (http:// wird nur für 127.0.0.1, ::1 und localhost akzeptiert).</translation>
    </message>
    <message>
        <source>%1 must be an https:// URL.</source>
        <translation>%1 muss eine https://-URL sein.</translation>
    </message>
</context>
<context>
    <name>UsersCollector</name>
    <message>
        <source>Users were read without their last sign-in (signInActivity): %1</source>
        <translation>Benutzer wurden ohne ihre letzte Anmeldung (signInActivity) gelesen: %1</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>OAuth only</source>
        <translation>Nur OAuth</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>A device can sign in over SMTP with this mailbox's password.</source>
        <translation>Ein Gerät kann sich mit dem Kennwort dieses Postfachs über SMTP anmelden.</translation>
    </message>
    <message>
        <source>SMTP AUTH is switched off for this mailbox.</source>
        <translation>SMTP AUTH ist für dieses Postfach deaktiviert.</translation>
    </message>
    <message>
        <source>SMTP AUTH is on, but a password is refused: only OAuth (XOAUTH2) can sign in.</source>
        <translation>SMTP AUTH ist aktiviert, aber ein Kennwort wird abgelehnt: Nur OAuth (XOAUTH2) kann sich anmelden.</translation>
    </message>
    <message>
        <source>Part of the data this verdict depends on could not be read.</source>
        <translation>Ein Teil der Daten, von denen dieses Ergebnis abhängt, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Organisation default (unknown)</source>
        <translation>Standard der Organisation (unbekannt)</translation>
    </message>
    <message>
        <source>Organisation default (off)</source>
        <translation>Standard der Organisation (deaktiviert)</translation>
    </message>
    <message>
        <source>Organisation default (on)</source>
        <translation>Standard der Organisation (aktiviert)</translation>
    </message>
    <message>
        <source>Disabled on the mailbox</source>
        <translation>Für das Postfach deaktiviert</translation>
    </message>
    <message>
        <source>Enabled on the mailbox</source>
        <translation>Für das Postfach aktiviert</translation>
    </message>
    <message>
        <source>Disabled by the organisation default</source>
        <translation>Durch den Standard der Organisation deaktiviert</translation>
    </message>
    <message>
        <source>Enabled by the organisation default</source>
        <translation>Durch den Standard der Organisation aktiviert</translation>
    </message>
    <message>
        <source>Organisation default not read</source>
        <translation>Standard der Organisation nicht gelesen</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Account state unknown</source>
        <translation>Kontostatus unbekannt</translation>
    </message>
    <message>
        <source>Authentication policy blocks Basic auth</source>
        <translation>Authentifizierungsrichtlinie blockiert Standardauthentifizierung</translation>
    </message>
    <message>
        <source>Authentication policy not read</source>
        <translation>Authentifizierungsrichtlinie nicht gelesen</translation>
    </message>
    <message>
        <source>Security defaults block legacy authentication</source>
        <translation>Sicherheitsstandards blockieren Legacyauthentifizierung</translation>
    </message>
    <message>
        <source>Security defaults not read</source>
        <translation>Sicherheitsstandards nicht gelesen</translation>
    </message>
    <message>
        <source>Conditional Access blocks legacy authentication</source>
        <translation>Bedingter Zugriff blockiert Legacyauthentifizierung</translation>
    </message>
    <message>
        <source>Conditional Access not fully evaluated</source>
        <translation>Bedingter Zugriff nicht vollständig ausgewertet</translation>
    </message>
    <message>
        <source>Per-user MFA enforced</source>
        <translation>MFA pro Benutzer erzwungen</translation>
    </message>
    <message>
        <source>Per-user MFA not read</source>
        <translation>MFA pro Benutzer nicht gelesen</translation>
    </message>
    <message>
        <source>Excluded from a legacy-blocking Conditional Access policy</source>
        <translation>Von einer Richtlinie für bedingten Zugriff ausgenommen, die Legacyauthentifizierung blockiert</translation>
    </message>
    <message>
        <source>Authentication policy allows Basic auth</source>
        <translation>Authentifizierungsrichtlinie erlaubt Standardauthentifizierung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>enforced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Gerät</translation>
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
    <name>smtpaudit::ui::AuditWizard</name>
    <message>
        <source>Audit a tenant</source>
        <translation>Mandanten auditieren</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::DashboardPage</name>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>SMTP AUTH posture of your Microsoft 365 tenant.</source>
        <translation>SMTP AUTH-Sicherheitsstatus Ihres Microsoft 365-Mandanten.</translation>
    </message>
    <message>
        <source>Audit SMTP AUTH in your tenant</source>
        <translation>SMTP AUTH in Ihrem Mandanten auditieren</translation>
    </message>
    <message>
        <source>smtpaudit reads your tenant's settings, MFA and sign-in logs, works out for every mailbox whether a password still works over SMTP AUTH, and checks the sixteen best practices. Nothing is changed in the tenant.</source>
        <translation>smtpaudit liest die Einstellungen, MFA-Daten und Anmeldeprotokolle Ihres Mandanten, ermittelt für jedes Postfach, ob ein Kennwort über SMTP AUTH noch funktioniert, und prüft die sechzehn bewährten Methoden. Im Mandanten wird nichts geändert.</translation>
    </message>
    <message>
        <source>Audit a tenant…</source>
        <translation>Mandanten auditieren…</translation>
    </message>
    <message>
        <source>Try the sample tenant</source>
        <translation>Beispielmandanten ausprobieren</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Password works over SMTP</source>
        <translation>Kennwort funktioniert über SMTP</translation>
    </message>
    <message>
        <source>On but idle</source>
        <translation>Aktiv, aber ungenutzt</translation>
    </message>
    <message>
        <source>SMTP-enabled without MFA</source>
        <translation>SMTP-aktiviert ohne MFA</translation>
    </message>
    <message>
        <source>High and critical issues</source>
        <translation>Hohe und kritische Probleme</translation>
    </message>
    <message>
        <source>Credentials due</source>
        <translation>Fällige Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Password-spray bursts</source>
        <translation>Password-Spray-Wellen</translation>
    </message>
    <message>
        <source>Basic auth default change</source>
        <translation>Umstellung der Standardauthentifizierung</translation>
    </message>
    <message>
        <source>Most important findings</source>
        <translation>Wichtigste Befunde</translation>
    </message>
    <message>
        <source>SMTP sign-ins per day</source>
        <translation>SMTP-Anmeldungen pro Tag</translation>
    </message>
    <message>
        <source>%1 · audited %2</source>
        <translation>%1 · Audit vom %2</translation>
    </message>
    <message>
        <source>Partial audit: some data could not be read, so the checks that need it are marked "not checked" and the score may be too kind. Missing: %1</source>
        <translation>Unvollständiges Audit: Einige Daten konnten nicht gelesen werden, daher sind die Prüfungen, die sie benötigen, als „nicht geprüft“ markiert, und die Bewertung fällt möglicherweise zu günstig aus. Fehlend: %1</translation>
    </message>
    <message>
        <source>%1 · partial audit</source>
        <translation>%1 · unvollständiges Audit</translation>
    </message>
    <message>
        <source>of %1 mailboxes</source>
        <translation>von %1 Postfächern</translation>
    </message>
    <message numerus="yes">
        <source>no SMTP sign-in in %n day(s): switch off</source>
        <translation>
            <numerusform>keine SMTP-Anmeldung seit %n Tag: deaktivieren</numerusform><numerusform>keine SMTP-Anmeldung seit %n Tagen: deaktivieren</numerusform></translation>
    </message>
    <message>
        <source>needs the sign-in log</source>
        <translation>benötigt das Anmeldeprotokoll</translation>
    </message>
    <message>
        <source>accept a password and have no MFA</source>
        <translation>akzeptieren ein Kennwort und haben keine MFA</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) in total</source>
        <translation>
            <numerusform>%n Problem insgesamt</numerusform><numerusform>%n Probleme insgesamt</numerusform></translation>
    </message>
    <message>
        <source>%1 overdue · %2 within %3 days</source>
        <translation>%1 überfällig · %2 innerhalb von %3 Tagen</translation>
    </message>
    <message>
        <source>one address failing against many accounts</source>
        <translation>eine Adresse scheitert bei vielen Konten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message>
        <source>passed</source>
        <translation>verstrichen</translation>
    </message>
    <message>
        <source>until Microsoft turns Basic auth for SMTP off by default (%1)</source>
        <translation>bis Microsoft die Standardauthentifizierung für SMTP standardmäßig deaktiviert (%1)</translation>
    </message>
    <message>
        <source>No issues found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::FailureReasonModel</name>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>The event carried no status; counted as a failure.</source>
        <translation>Das Ereignis enthielt keinen Status; als Fehler gezählt.</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::FindingsModel</name>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Empfehlungen</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform><numerusform>%n Probleme</numerusform></translation>
    </message>
    <message>
        <source>No issue</source>
        <translation>Kein Problem</translation>
    </message>
    <message>
        <source>Best practice / finding</source>
        <translation>Bewährte Methode / Befund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What the audit found, grouped by the sixteen best practices.</source>
        <translation>Was das Audit gefunden hat, gruppiert nach den sechzehn bewährten Methoden.</translation>
    </message>
    <message>
        <source>&amp;Issues only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>No findings yet</source>
        <translation>Noch keine Befunde</translation>
    </message>
    <message>
        <source>Each audit checks the sixteen SMTP AUTH best practices and lists what to fix, with evidence and PowerShell.</source>
        <translation>Jedes Audit prüft die sechzehn bewährten Methoden für SMTP AUTH und listet auf, was zu beheben ist – mit Nachweisen und PowerShell.</translation>
    </message>
    <message>
        <source>Findings by best practice</source>
        <translation>Befunde nach bewährter Methode</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Befunddetails</translation>
    </message>
    <message>
        <source>Copy remediation</source>
        <translation>Behebung kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform><numerusform>%n Probleme</numerusform></translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) across the sixteen best practices; informational findings and guidance included below.</source>
        <translation>
            <numerusform>%n Problem in den sechzehn bewährten Methoden; informative Befunde und Hinweise sind unten enthalten.</numerusform><numerusform>%n Probleme in den sechzehn bewährten Methoden; informative Befunde und Hinweise sind unten enthalten.</numerusform></translation>
    </message>
    <message>
        <source>Select a finding to see its evidence and fix.</source>
        <translation>Wählen Sie einen Befund aus, um seine Nachweise und die Behebung zu sehen.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::HistoryModel</name>
    <message>
        <source>%1 (%2 high or critical)</source>
        <translation>%1 (%2 hoch oder kritisch)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>Auditiert am</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Password over SMTP</source>
        <translation>Kennwort über SMTP</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Saved audits and what changed from one to the next.</source>
        <translation>Gespeicherte Audits und was sich von einem zum nächsten geändert hat.</translation>
    </message>
    <message>
        <source>Open in console</source>
        <translation>In der Konsole öffnen</translation>
    </message>
    <message>
        <source>Show the selected audit on every page</source>
        <translation>Das ausgewählte Audit auf allen Seiten anzeigen</translation>
    </message>
    <message>
        <source>No saved audits</source>
        <translation>Keine gespeicherten Audits</translation>
    </message>
    <message>
        <source>Every audit you run is saved here, so the next one can show what changed.</source>
        <translation>Jedes ausgeführte Audit wird hier gespeichert, damit das nächste zeigen kann, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Saved audits</source>
        <translation>Gespeicherte Audits</translation>
    </message>
    <message>
        <source>Changes since the previous audit</source>
        <translation>Änderungen seit dem vorherigen Audit</translation>
    </message>
    <message numerus="yes">
        <source>%n saved audit(s). Select one to see what changed since the one before.</source>
        <translation>
            <numerusform>%n gespeichertes Audit. Wählen Sie eines aus, um zu sehen, was sich seit dem vorherigen geändert hat.</numerusform><numerusform>%n gespeicherte Audits. Wählen Sie eines aus, um zu sehen, was sich seit dem vorherigen geändert hat.</numerusform></translation>
    </message>
    <message>
        <source>The first saved audit of this tenant: nothing to compare with yet.</source>
        <translation>Das erste gespeicherte Audit dieses Mandanten: noch nichts zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::MailboxTableModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source> · per-user %1</source>
        <translation> · pro Benutzer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The sign-in log could not be read (it needs Microsoft Entra ID P1).</source>
        <translation>Das Anmeldeprotokoll konnte nicht gelesen werden (es erfordert Microsoft Entra ID P1).</translation>
    </message>
    <message>
        <source>%1 successful, %2 failed SMTP sign-ins in the window
Last failure: %3
Source addresses: %4</source>
        <translation>%1 erfolgreiche, %2 fehlgeschlagene SMTP-Anmeldungen im Zeitraum
Letzter Fehlschlag: %3
Quelladressen: %4</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>SMTP AUTH setting</source>
        <translation>SMTP AUTH-Einstellung</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Last SMTP sign-in</source>
        <translation>Letzte SMTP-Anmeldung</translation>
    </message>
    <message>
        <source>SMTP sign-ins</source>
        <translation>SMTP-Anmeldungen</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Kennwortalter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>SmtpClientAuthenticationDisabled on the mailbox: enabled, disabled, or following the organisation default</source>
        <translation>SmtpClientAuthenticationDisabled für das Postfach: aktiviert, deaktiviert oder gemäß dem Standard der Organisation</translation>
    </message>
    <message>
        <source>Whether a password works over SMTP AUTH once every policy is taken into account</source>
        <translation>Ob ein Kennwort über SMTP AUTH funktioniert, wenn alle Richtlinien berücksichtigt werden</translation>
    </message>
    <message>
        <source>Sign-ins with client app "Authenticated SMTP" in the audit's window</source>
        <translation>Anmeldungen mit der Client-App „Authenticated SMTP“ im Zeitraum des Audits</translation>
    </message>
    <message>
        <source>SMTP AUTH effectively on</source>
        <translation>SMTP AUTH wirksam aktiv</translation>
    </message>
    <message>
        <source>On but idle</source>
        <translation>Aktiv, aber ungenutzt</translation>
    </message>
    <message>
        <source>No MFA</source>
        <translation>Keine MFA</translation>
    </message>
    <message>
        <source>Stale password</source>
        <translation>Veraltetes Kennwort</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratoren</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::MailboxesPage</name>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Every mailbox with its effective SMTP AUTH state and why.</source>
        <translation>Jedes Postfach mit seinem wirksamen SMTP AUTH-Status und der Begründung.</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>Noch kein Audit</translation>
    </message>
    <message>
        <source>Run an audit to list every mailbox and whether a password still works over SMTP AUTH.</source>
        <translation>Führen Sie ein Audit aus, um jedes Postfach aufzulisten und zu sehen, ob ein Kennwort über SMTP AUTH noch funktioniert.</translation>
    </message>
    <message>
        <source>Mailbox details</source>
        <translation>Postfachdetails</translation>
    </message>
    <message>
        <source>Filter mailboxes</source>
        <translation>Postfächer filtern</translation>
    </message>
    <message>
        <source>Filter by name, address, type, verdict or policy  (Ctrl+F)</source>
        <translation>Nach Name, Adresse, Typ, Ergebnis oder Richtlinie filtern  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Nur anzeigen:</translation>
    </message>
    <message>
        <source>Send test from this mailbox…</source>
        <translation>Test von diesem Postfach senden…</translation>
    </message>
    <message>
        <source>Copy PowerShell remediation</source>
        <translation>PowerShell-Behebung kopieren</translation>
    </message>
    <message>
        <source>Show its sign-ins</source>
        <translation>Anmeldungen anzeigen</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>%1 mailboxes · %2 accept a password over SMTP AUTH</source>
        <translation>%1 Postfächer · %2 akzeptieren ein Kennwort über SMTP AUTH</translation>
    </message>
    <message>
        <source>Select a mailbox to see why its SMTP AUTH is on or off.</source>
        <translation>Wählen Sie ein Postfach aus, um zu sehen, warum SMTP AUTH dafür aktiv oder inaktiv ist.</translation>
    </message>
    <message>
        <source>%1 mailboxes</source>
        <translation>%1 Postfächer</translation>
    </message>
    <message>
        <source>%1 of %2 mailboxes</source>
        <translation>%1 von %2 Postfächern</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::MainWindow</name>
    <message>
        <source>smtpaudit — SMTP AUTH audit for Microsoft 365</source>
        <translation>smtpaudit — SMTP-AUTH-Prüfung für Microsoft 365</translation>
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
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>&amp;Neues Audit…</translation>
    </message>
    <message>
        <source>Audit a tenant (Ctrl+N)</source>
        <translation>Mandanten auditieren (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Erneut &amp;ausführen</translation>
    </message>
    <message>
        <source>Audit the same tenant again with the same settings (F5)</source>
        <translation>Denselben Mandanten erneut mit denselben Einstellungen auditieren (F5)</translation>
    </message>
    <message>
        <source>Audit the &amp;sample tenant</source>
        <translation>&amp;Beispielmandanten auditieren</translation>
    </message>
    <message>
        <source>Export &amp;rotation calendar…</source>
        <translation>&amp;Rotationskalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>&amp;CSV files…</source>
        <translation>&amp;CSV-Dateien…</translation>
    </message>
    <message>
        <source>Audit &amp;JSON…</source>
        <translation>Audit-&amp;JSON…</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>No tenant audited yet</source>
        <translation>Noch kein Mandant auditiert</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source> · partial audit</source>
        <translation> · unvollständiges Audit</translation>
    </message>
    <message>
        <source>Data as of %1 (%2)</source>
        <translation>Datenstand %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Basic auth for SMTP off by default in %n day(s)</source>
        <translation>
            <numerusform>Standardauthentifizierung für SMTP in %n Tag standardmäßig deaktiviert</numerusform><numerusform>Standardauthentifizierung für SMTP in %n Tagen standardmäßig deaktiviert</numerusform></translation>
    </message>
    <message>
        <source>Microsoft disables Basic authentication for SMTP AUTH by default in existing tenants at the end of December 2026. Devices still sending with a password must move to OAuth or a relay connector.</source>
        <translation>Microsoft deaktiviert die Standardauthentifizierung für SMTP AUTH in bestehenden Mandanten Ende Dezember 2026 standardmäßig. Geräte, die noch mit einem Kennwort senden, müssen auf OAuth oder einen Relay-Connector umgestellt werden.</translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export the audit JSON</source>
        <translation>Audit-JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien auswählen</translation>
    </message>
    <message>
        <source>There is no audit to export yet.</source>
        <translation>Es ist noch kein Audit zum Exportieren vorhanden.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform><numerusform>%n Dateien nach %1 exportiert</numerusform></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>smtpaudit</source>
        <translation>smtpaudit</translation>
    </message>
    <message>
        <source>Credentials due for rotation</source>
        <translation>Zur Rotation fällige Anmeldeinformationen</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::MfaModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Where MFA is required: per-user MFA, a Conditional Access policy, or security defaults</source>
        <translation>Wodurch MFA erforderlich ist: MFA pro Benutzer, eine Richtlinie für bedingten Zugriff oder Sicherheitsstandards</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>Fähig</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Per-user MFA</source>
        <translation>MFA pro Benutzer</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Erforderlich durch</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::MfaPage</name>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Who has MFA registered, and what requires it.</source>
        <translation>Wer MFA registriert hat und wodurch sie erforderlich ist.</translation>
    </message>
    <message>
        <source>No MFA data yet</source>
        <translation>Noch keine MFA-Daten</translation>
    </message>
    <message>
        <source>Run an audit to see MFA registration and enforcement for every account.</source>
        <translation>Führen Sie ein Audit aus, um MFA-Registrierung und -Durchsetzung für jedes Konto zu sehen.</translation>
    </message>
    <message>
        <source>MFA registered</source>
        <translation>MFA registriert</translation>
    </message>
    <message>
        <source>MFA capable</source>
        <translation>MFA-fähig</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA erforderlich</translation>
    </message>
    <message>
        <source>Admins without MFA</source>
        <translation>Administratoren ohne MFA</translation>
    </message>
    <message>
        <source>Leave out:</source>
        <translation>Auslassen:</translation>
    </message>
    <message>
        <source>&amp;Shared, room and equipment mailboxes</source>
        <translation>&amp;Freigegebene, Raum- und Gerätepostfächer</translation>
    </message>
    <message>
        <source>&amp;Disabled accounts</source>
        <translation>&amp;Deaktivierte Konten</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Gäste</translation>
    </message>
    <message>
        <source>Accounts and their MFA</source>
        <translation>Konten und ihre MFA</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 von %2 Konten</translation>
    </message>
    <message>
        <source>%1 can complete an MFA prompt</source>
        <translation>%1 können eine MFA-Aufforderung abschließen</translation>
    </message>
    <message>
        <source>per-user %1 · Conditional Access %2 · security defaults %3</source>
        <translation>pro Benutzer %1 · bedingter Zugriff %2 · Sicherheitsstandards %3</translation>
    </message>
    <message numerus="yes">
        <source>of %n administrator(s)</source>
        <translation>
            <numerusform>von %n Administrator</numerusform><numerusform>von %n Administratoren</numerusform></translation>
    </message>
    <message>
        <source>%1 accounts in scope. Administrators are listed first and highlighted.</source>
        <translation>%1 Konten im Bereich. Administratoren werden zuerst aufgeführt und hervorgehoben.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::PermissionsPage</name>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Entra role</source>
        <translation>Entra-Rolle</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Check permissions</source>
        <translation>Berechtigungen prüfen</translation>
    </message>
    <message>
        <source>smtpaudit signs in and compares what its tokens grant with what each check needs. Nothing is read from the tenant yet.</source>
        <translation>smtpaudit meldet sich an und vergleicht, was seine Token gewähren, mit dem, was jede Prüfung benötigt. Aus dem Mandanten wird noch nichts gelesen.</translation>
    </message>
    <message>
        <source>Permissions each check needs</source>
        <translation>Von jeder Prüfung benötigte Berechtigungen</translation>
    </message>
    <message>
        <source>Check / requirement</source>
        <translation>Prüfung / Anforderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No tenant chosen.</source>
        <translation>Kein Mandant ausgewählt.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>To sign in, open &lt;a href="%1"&gt;%2&lt;/a&gt; and enter the code &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Öffnen Sie zur Anmeldung &lt;a href="%1"&gt;%2&lt;/a&gt;, und geben Sie den Code &lt;b&gt;%3&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, &lt;a href="%1"&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Melden Sie sich in Ihrem Browser an. Falls er sich nicht geöffnet hat, &lt;a href="%1"&gt;öffnen Sie die Anmeldeseite&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Microsoft Graph: %1</source>
        <translation>Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Exchange Online: %1</source>
        <translation>Exchange Online: %1</translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (oder %2)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Not verifiable from the token</source>
        <translation>Anhand des Tokens nicht überprüfbar</translation>
    </message>
    <message>
        <source>Missing permissions</source>
        <translation>Fehlende Berechtigungen</translation>
    </message>
    <message>
        <source>Probably fine</source>
        <translation>Vermutlich in Ordnung</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Signed in to tenant %1.</source>
        <translation>Beim Mandanten %1 angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) lack permissions and will be reported as not checked (partial audit). Grant what is listed below and run the audit again.</source>
        <translation>
            <numerusform>%n Prüfung fehlen Berechtigungen; sie wird als nicht geprüft gemeldet (unvollständiges Audit). Erteilen Sie die unten aufgeführten Berechtigungen, und führen Sie das Audit erneut aus.</numerusform><numerusform>%n Prüfungen fehlen Berechtigungen; sie werden als nicht geprüft gemeldet (unvollständiges Audit). Erteilen Sie die unten aufgeführten Berechtigungen, und führen Sie das Audit erneut aus.</numerusform></translation>
    </message>
    <message>
        <source>Every check has the permissions it needs.</source>
        <translation>Jede Prüfung hat die benötigten Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::RotationModel</name>
    <message>
        <source>%1
Object id: %2</source>
        <translation>%1
Objekt-ID: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Account or app</source>
        <translation>Konto oder App</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldeinformation</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::RotationPage</name>
    <message>
        <source>Credential rotation</source>
        <translation>Rotation von Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Passwords of accounts that send over SMTP AUTH, app secrets and certificates.</source>
        <translation>Kennwörter von Konten, die über SMTP AUTH senden, geheime App-Schlüssel und Zertifikate.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save the due dates as an iCalendar (.ics) file for Outlook or any calendar</source>
        <translation>Die Fälligkeitsdaten als iCalendar-Datei (.ics) für Outlook oder einen beliebigen Kalender speichern</translation>
    </message>
    <message>
        <source>Nothing to rotate yet</source>
        <translation>Noch nichts zu rotieren</translation>
    </message>
    <message>
        <source>After an audit, every credential with a due date is listed here.</source>
        <translation>Nach einem Audit werden hier alle Anmeldeinformationen mit Fälligkeitsdatum aufgeführt.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Tracked credentials</source>
        <translation>Überwachte Anmeldeinformationen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>Überfällig und bald fällig</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Credentials and due dates</source>
        <translation>Anmeldeinformationen und Fälligkeitsdaten</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>Fälligkeitsdatum überschritten</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag</numerusform><numerusform>innerhalb von %n Tagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>passwords every %n day(s)</source>
        <translation>
            <numerusform>Kennwörter alle %n Tag</numerusform><numerusform>Kennwörter alle %n Tage</numerusform></translation>
    </message>
    <message>
        <source>Could not write the calendar file.</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>Fälligkeitsdaten exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::RunPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Run the audit</source>
        <translation>Audit ausführen</translation>
    </message>
    <message>
        <source>Every collector reads its part of the tenant in parallel. A collector that fails leaves a partial audit; the others go on.</source>
        <translation>Jeder Sammler liest seinen Teil des Mandanten parallel. Ein fehlgeschlagener Sammler führt zu einem unvollständigen Audit; die anderen laufen weiter.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>Sammler</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Sammler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the audit now; nothing is saved</source>
        <translation>Das Audit jetzt anhalten; es wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Start a&amp;gain</source>
        <translation>&amp;Erneut starten</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>No tenant chosen.</source>
        <translation>Kein Mandant ausgewählt.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Collecting · %1 elapsed · about %2 left</source>
        <translation>Sammeln · %1 vergangen · noch etwa %2</translation>
    </message>
    <message>
        <source>Collecting · %1 elapsed</source>
        <translation>Sammeln · %1 vergangen</translation>
    </message>
    <message>
        <source>Evaluating the best practices…</source>
        <translation>Die bewährten Methoden werden ausgewertet…</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>Abgeschlossen in %1.</translation>
    </message>
    <message>
        <source>The audit could not run.</source>
        <translation>Das Audit konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Cancelled: the audit was stopped and nothing was saved.</source>
        <translation>Abgebrochen: Das Audit wurde angehalten und nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::SampleTenantHost</name>
    <message>
        <source>The sample tenant comes in small, medium or large, not "%1".</source>
        <translation>Den Beispielmandanten gibt es in den Größen small, medium oder large, nicht „%1“.</translation>
    </message>
    <message>
        <source>Sample tenant (%1)</source>
        <translation>Beispielmandant (%1)</translation>
    </message>
    <message>
        <source>Sample tenant (%1, limited reader app)</source>
        <translation>Beispiel-Mandant (%1, eingeschränkte Lese-App)</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::ScopePage</name>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Every check runs. Choose how far back sign-ins are read and what counts as expected.</source>
        <translation>Alle Prüfungen werden ausgeführt. Wählen Sie, wie weit zurück Anmeldungen gelesen werden und was als erwartet gilt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Sign-in window in days</source>
        <translation>Anmeldezeitraum in Tagen</translation>
    </message>
    <message>
        <source>Entra ID keeps sign-in logs for 30 days (with an Entra ID P1 licence).</source>
        <translation>Entra ID bewahrt Anmeldeprotokolle 30 Tage lang auf (mit einer Entra ID P1-Lizenz).</translation>
    </message>
    <message>
        <source>Which sign-ins to read</source>
        <translation>Welche Anmeldungen gelesen werden</translation>
    </message>
    <message>
        <source>SMTP and other legacy protocols</source>
        <translation>SMTP und andere Legacyprotokolle</translation>
    </message>
    <message>
        <source>All sign-ins (slower in large tenants)</source>
        <translation>Alle Anmeldungen (langsamer bei großen Mandanten)</translation>
    </message>
    <message>
        <source>Sending IP ranges</source>
        <translation>Sende-IP-Bereiche</translation>
    </message>
    <message>
        <source>One CIDR range per line, e.g. 203.0.113.0/24 or 2001:db8::/48</source>
        <translation>Ein CIDR-Bereich pro Zeile, z. B. 203.0.113.0/24 oder 2001:db8::/48</translation>
    </message>
    <message>
        <source>Not a CIDR range: %1</source>
        <translation>Kein CIDR-Bereich: %1</translation>
    </message>
    <message>
        <source>Password rotation period in days</source>
        <translation>Kennwortrotationsintervall in Tagen</translation>
    </message>
    <message>
        <source>Use JSON &amp;batching (fewer requests; turn off only to diagnose)</source>
        <translation>JSON-&amp;Batching verwenden (weniger Anforderungen; nur zur Diagnose deaktivieren)</translation>
    </message>
    <message>
        <source>Sign-in &amp;window:</source>
        <translation>Anmelde&amp;zeitraum:</translation>
    </message>
    <message>
        <source>Sign-ins to &amp;read:</source>
        <translation>Zu &amp;lesende Anmeldungen:</translation>
    </message>
    <message>
        <source>Expected sending &amp;IP ranges:</source>
        <translation>Erwartete &amp;IP-Bereiche der Absender:</translation>
    </message>
    <message>
        <source>Password &amp;rotation period:</source>
        <translation>Kennwort&amp;rotationsintervall:</translation>
    </message>
    <message>
        <source>Not checked for lack of permissions: %1.</source>
        <translation>Wegen fehlender Berechtigungen nicht geprüft: %1.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>New audits</source>
        <translation>Neue Audits</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Entra keeps sign-ins for 30 days with Entra ID P1 (7 days without).</source>
        <translation>Entra speichert Anmeldungen 30 Tage lang mit Entra ID P1 (ohne: 7 Tage).</translation>
    </message>
    <message>
        <source>Sending IP ranges</source>
        <translation>Sende-IP-Bereiche</translation>
    </message>
    <message>
        <source>One CIDR range per line, e.g. 203.0.113.0/24 or 2001:db8::/48</source>
        <translation>Ein CIDR-Bereich pro Zeile, z. B. 203.0.113.0/24 oder 2001:db8::/48</translation>
    </message>
    <message>
        <source>Sign-in &amp;window:</source>
        <translation>Anmelde&amp;zeitraum:</translation>
    </message>
    <message>
        <source>Password &amp;rotation period:</source>
        <translation>Kennwort&amp;rotationsintervall:</translation>
    </message>
    <message>
        <source>Sending IP &amp;ranges:</source>
        <translation>Sende-IP-&amp;Bereiche:</translation>
    </message>
    <message>
        <source>Reminders and history</source>
        <translation>Erinnerungen und Verlauf</translation>
    </message>
    <message>
        <source>&amp;Notify at start when a credential is due</source>
        <translation>Beim Start be&amp;nachrichtigen, wenn Anmeldeinformationen fällig sind</translation>
    </message>
    <message>
        <source>&amp;Save every audit to the history</source>
        <translation>Jedes Audit im Verlauf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Warn this long before a due date:</source>
        <translation>So lange vor einem Fälligkeitsdatum &amp;warnen:</translation>
    </message>
    <message>
        <source>Colours follow your desktop's light or dark theme.</source>
        <translation>Die Farben folgen dem hellen oder dunklen Design Ihres Desktops.</translation>
    </message>
    <message>
        <source>"%1" is not a CIDR range.</source>
        <translation>„%1“ ist kein CIDR-Bereich.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::SignInCharts</name>
    <message>
        <source>Sign-ins per day</source>
        <translation>Anmeldungen pro Tag</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Sign-ins by client app</source>
        <translation>Anmeldungen nach Client-App</translation>
    </message>
    <message>
        <source>Client apps</source>
        <translation>Client-Apps</translation>
    </message>
    <message>
        <source>Top source IP addresses</source>
        <translation>Häufigste Quell-IP-Adressen</translation>
    </message>
    <message>
        <source>Source IPs</source>
        <translation>Quell-IPs</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Häufigste Länder</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Fehlerursachen</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Without status</source>
        <translation>Ohne Status</translation>
    </message>
    <message>
        <source>Password-spray bursts</source>
        <translation>Password-Spray-Wellen</translation>
    </message>
    <message>
        <source>Spray bursts</source>
        <translation>Spray-Wellen</translation>
    </message>
    <message>
        <source>Burst from %1</source>
        <translation>Welle von %1</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>No password-spray pattern: no address failed against many accounts within an hour.</source>
        <translation>Kein Password-Spray-Muster: Keine Adresse ist innerhalb einer Stunde bei vielen Konten gescheitert.</translation>
    </message>
    <message numerus="yes">
        <source>%n burst(s) where one address failed against many accounts within an hour. Click one to see its events.</source>
        <translation>
            <numerusform>%n Welle, in der eine Adresse innerhalb einer Stunde bei vielen Konten gescheitert ist. Klicken Sie darauf, um ihre Ereignisse zu sehen.</numerusform><numerusform>%n Wellen, in denen eine Adresse innerhalb einer Stunde bei vielen Konten gescheitert ist. Klicken Sie auf eine, um ihre Ereignisse zu sehen.</numerusform></translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Failure in a spray burst</source>
        <translation>Fehlschlag in einer Spray-Welle</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 successful&lt;br/&gt;%3 failed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 erfolgreich&lt;br/&gt;%3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;br/&gt;%1 in password-spray bursts</source>
        <translation>&lt;br/&gt;%1 in Password-Spray-Wellen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br/&gt;%n account(s)</source>
        <translation>
            <numerusform>&lt;br/&gt;%n Konto</numerusform><numerusform>&lt;br/&gt;%n Konten</numerusform></translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;i&gt;Click to list these sign-ins&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Klicken, um diese Anmeldungen aufzulisten&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Successful sign-ins</source>
        <translation>Erfolgreiche Anmeldungen</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Spray burst from %1 on %2</source>
        <translation>Spray-Welle von %1 am %2</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::SignInEventModel</name>
    <message>
        <source>Basic (password)</source>
        <translation>Standard (Kennwort)</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure %1</source>
        <translation>Fehlschlag %1</translation>
    </message>
    <message>
        <source>Failure (no status)</source>
        <translation>Fehlschlag (kein Status)</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client app</source>
        <translation>Client-App</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlerursache</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::SignInsPage</name>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>SMTP and legacy-protocol sign-ins from the Entra sign-in log.</source>
        <translation>SMTP- und Legacyprotokoll-Anmeldungen aus dem Entra-Anmeldeprotokoll.</translation>
    </message>
    <message>
        <source>Which sign-ins</source>
        <translation>Welche Anmeldungen</translation>
    </message>
    <message>
        <source>Authenticated SMTP</source>
        <translation>Authenticated SMTP</translation>
    </message>
    <message>
        <source>All legacy protocols</source>
        <translation>Alle Legacyprotokolle</translation>
    </message>
    <message>
        <source>Every collected sign-in</source>
        <translation>Jede erfasste Anmeldung</translation>
    </message>
    <message>
        <source>No sign-ins to show</source>
        <translation>Keine Anmeldungen anzuzeigen</translation>
    </message>
    <message>
        <source>Run an audit with the sign-in check to chart SMTP and legacy sign-ins.</source>
        <translation>Führen Sie ein Audit mit der Anmeldeprüfung aus, um SMTP- und Legacyanmeldungen grafisch darzustellen.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Password-spray bursts</source>
        <translation>Password-Spray-Wellen</translation>
    </message>
    <message>
        <source>Show every user</source>
        <translation>Alle Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Clear the chart selection</source>
        <translation>Diagrammauswahl aufheben</translation>
    </message>
    <message>
        <source>Click a bar or a row above to narrow this list.</source>
        <translation>Klicken Sie oben auf einen Balken oder eine Zeile, um diese Liste einzugrenzen.</translation>
    </message>
    <message>
        <source>Sign-in events</source>
        <translation>Anmeldeereignisse</translation>
    </message>
    <message>
        <source>The sign-in log could not be read: %1</source>
        <translation>Das Anmeldeprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This audit was loaded from the history, which keeps the sign-in totals but not the individual events. Run the audit again to chart them.</source>
        <translation>Dieses Audit wurde aus dem Verlauf geladen, der die Summen der Anmeldungen speichert, aber nicht die einzelnen Ereignisse. Führen Sie das Audit erneut aus, um sie grafisch darzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>SMTP and legacy-protocol sign-ins of the last %n day(s), from the Entra sign-in log.</source>
        <translation>
            <numerusform>SMTP- und Legacyprotokoll-Anmeldungen des letzten %n Tages aus dem Entra-Anmeldeprotokoll.</numerusform><numerusform>SMTP- und Legacyprotokoll-Anmeldungen der letzten %n Tage aus dem Entra-Anmeldeprotokoll.</numerusform></translation>
    </message>
    <message>
        <source>%1 successful</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>%n source address(es) in the top list</source>
        <translation>
            <numerusform>%n Quelladresse in der Topliste</numerusform><numerusform>%n Quelladressen in der Topliste</numerusform></translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>keine erkannt</translation>
    </message>
    <message>
        <source>one address against many accounts</source>
        <translation>eine Adresse gegen viele Konten</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::SprayBurstModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform><numerusform>%n Min.</numerusform></translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Some targeted accounts</source>
        <translation>Einige betroffene Konten</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Finish to open the audit in the console.</source>
        <translation>Klicken Sie auf „Fertig stellen“, um das Audit in der Konsole zu öffnen.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n mailbox(es) assessed</source>
        <translation>
            <numerusform>%1 · %n Postfach bewertet</numerusform><numerusform>%1 · %n Postfächer bewertet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform><numerusform>%n nicht geprüft</numerusform></translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <source>Partial audit: %n part(s) of the tenant could not be read, so the checks that need them are reported as not checked.</source>
        <translation>
            <numerusform>Unvollständiges Audit: %n Teil des Mandanten konnte nicht gelesen werden, daher werden die Prüfungen, die ihn benötigen, als nicht geprüft gemeldet.</numerusform><numerusform>Unvollständiges Audit: %n Teile des Mandanten konnten nicht gelesen werden, daher werden die Prüfungen, die sie benötigen, als nicht geprüft gemeldet.</numerusform></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>• %1: not read</source>
        <translation>• %1: nicht gelesen</translation>
    </message>
    <message>
        <source>Saved to the history: %1</source>
        <translation>Im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved to the history: %1</source>
        <translation>Nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved to the history.</source>
        <translation>Nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Nicht geprüft: %1.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::TenantConnection</name>
    <message>
        <source>Enter the app's client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel der App ein.</translation>
    </message>
</context>
<context>
    <name>smtpaudit::ui::TenantPage</name>
    <message>
        <source>Choose the tenant</source>
        <translation>Mandanten auswählen</translation>
    </message>
    <message>
        <source>Audit the built-in sample tenant, a saved connection, or connect a new tenant. Secrets are kept in the system keychain, never in a file.</source>
        <translation>Auditieren Sie den integrierten Beispielmandanten oder eine gespeicherte Verbindung, oder verbinden Sie einen neuen Mandanten. Geheimnisse werden im Schlüsselbund des Systems aufbewahrt, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Sample tenant (no Microsoft 365 account needed)</source>
        <translation>&amp;Beispielmandant (kein Microsoft 365-Konto erforderlich)</translation>
    </message>
    <message>
        <source>Sa&amp;ved connection</source>
        <translation>&amp;Gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>&amp;Neue Verbindung</translation>
    </message>
    <message>
        <source>Small (50 mailboxes)</source>
        <translation>Klein (50 Postfächer)</translation>
    </message>
    <message>
        <source>Medium (5,000 mailboxes)</source>
        <translation>Mittel (5.000 Postfächer)</translation>
    </message>
    <message>
        <source>Large (88,000 mailboxes)</source>
        <translation>Groß (88.000 Postfächer)</translation>
    </message>
    <message>
        <source>Sample tenant size</source>
        <translation>Größe des Beispielmandanten</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>G&amp;röße:</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Secret for the saved connection</source>
        <translation>Geheimnis für die gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation>Gehei&amp;mnis:</translation>
    </message>
    <message>
        <source>e.g. Contoso production</source>
        <translation>z. B. Contoso Produktion</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Tenant ID (GUID) or a verified domain, e.g. contoso.onmicrosoft.com</source>
        <translation>Mandanten-ID (GUID) oder eine überprüfte Domäne, z. B. contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Client secret (app-only)</source>
        <translation>Geheimer Clientschlüssel (nur App)</translation>
    </message>
    <message>
        <source>Certificate (app-only)</source>
        <translation>Zertifikat (nur App)</translation>
    </message>
    <message>
        <source>Device code (signed-in admin)</source>
        <translation>Gerätecode (angemeldeter Administrator)</translation>
    </message>
    <message>
        <source>Browser sign-in (signed-in admin)</source>
        <translation>Anmeldung im Browser (angemeldeter Administrator)</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>Anm&amp;eldung:</translation>
    </message>
    <message>
        <source>Application (client) ID of the app registration</source>
        <translation>Anwendungs-ID (Client-ID) der App-Registrierung</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>PEM or PKCS#12 file with the private key</source>
        <translation>PEM- oder PKCS#12-Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client secret or certificate passphrase</source>
        <translation>Geheimer Clientschlüssel oder Passphrase des Zertifikats</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Geheimer Client&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Sa&amp;ve this connection (the secret goes to the system keychain)</source>
        <translation>Diese Verbindung spei&amp;chern (das Geheimnis wird im Schlüsselbund des Systems abgelegt)</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>You sign in interactively; no secret is needed.</source>
        <translation>Sie melden sich interaktiv an; es ist kein Geheimnis erforderlich.</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No secret is stored for this connection: enter it above.</source>
        <translation>Für diese Verbindung ist kein Geheimnis gespeichert: Geben Sie es oben ein.</translation>
    </message>
    <message>
        <source>Using the secret stored in the keychain (type here to replace it for this audit).</source>
        <translation>Das im Schlüsselbund gespeicherte Geheimnis wird verwendet (geben Sie hier etwas ein, um es für dieses Audit zu ersetzen).</translation>
    </message>
    <message>
        <source>The saved connection could not be read.</source>
        <translation>Die gespeicherte Verbindung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Auditor app (every permission granted)</source>
        <translation>Auditor-App (alle Berechtigungen erteilt)</translation>
    </message>
    <message>
        <source>Limited reader app (some permissions missing)</source>
        <translation>Eingeschränkte Lese-App (einige Berechtigungen fehlen)</translation>
    </message>
    <message>
        <source>Sample tenant app registration</source>
        <translation>App-Registrierung des Beispiel-Mandanten</translation>
    </message>
    <message>
        <source>The limited reader app lacks AuditLog.Read.All and Policy.Read.All: see how the permissions check and a partial audit look before connecting a real tenant.</source>
        <translation>Der eingeschränkten Lese-App fehlen AuditLog.Read.All und Policy.Read.All: So sehen Sie, wie die Berechtigungsprüfung und ein unvollständiges Audit aussehen, bevor Sie einen echten Mandanten verbinden.</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>A&amp;pp:</translation>
    </message>
    <message>
        <source>custom (own endpoints)</source>
        <translation>benutzerdefiniert (eigene Endpunkte)</translation>
    </message>
    <message>
        <source>Sign-in &amp;URL:</source>
        <translation>Anmelde-&amp;URL:</translation>
    </message>
    <message>
        <source>Identity platform URL</source>
        <translation>URL der Identitätsplattform</translation>
    </message>
    <message>
        <source>&amp;Graph URL:</source>
        <translation>&amp;Graph-URL:</translation>
    </message>
    <message>
        <source>Microsoft Graph URL</source>
        <translation>Microsoft-Graph-URL</translation>
    </message>
    <message>
        <source>E&amp;xchange URL:</source>
        <translation>E&amp;xchange-URL:</translation>
    </message>
    <message>
        <source>Exchange Online URL</source>
        <translation>Exchange Online-URL</translation>
    </message>
    <message>
        <source>Optional: a CA certificate (PEM) to trust for these endpoints</source>
        <translation>Optional: ein CA-Zertifikat (PEM), dem für diese Endpunkte vertraut wird</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
</context>
</TS>
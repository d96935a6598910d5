#pragma once

// Microsoft-shaped JSON for TestGraphParsers. Kept out of the test source because moc (Qt 6.4) cannot parse raw
// string literals that contain quotes or '#'.

namespace fixtures {

inline constexpr const char* userWithSignInActivityJson1 = R"({
            "displayName": "Adele Vance", "userPrincipalName": "AdeleV@contoso.com",
            "id": "1aecaf40-dc3a-461f-88a8-d06994e12898", "mail": null, "accountEnabled": false,
            "userType": "Member", "passwordPolicies": "DisablePasswordExpiration, DisableStrongPassword",
            "lastPasswordChangeDateTime": "2024-03-01T10:20:30Z", "onPremisesSyncEnabled": null,
            "assignedLicenses": [{"disabledPlans": [], "skuId": "c7df2760-2c81-4ef7-b578-5b5392b571df"}],
            "signInActivity": {
                "lastSignInDateTime": "2021-06-17T16:41:33Z",
                "lastSignInRequestId": "d4d31c40-4c36-4775-ad59-7d1e6a171f00",
                "lastNonInteractiveSignInDateTime": "0001-01-01T00:00:00Z",
                "lastNonInteractiveSignInRequestId": ""}})";

inline constexpr const char* userFractionalSecondsAndMissingActivityJson1 =
    R"({"id": "u1", "userPrincipalName": "a@b.c",
            "lastPasswordChangeDateTime": "2020-03-13T19:15:41.6195833Z", "onPremisesSyncEnabled": true})";

inline constexpr const char* userWithoutIdIsMalformedJson1 = R"({"userPrincipalName": "a@b.c"})";

inline constexpr const char* registrationDetailsJson1 = R"({
            "id": "86462606-fde0-4fc4-9e0c-a1f2d5fd3e9a", "userPrincipalName": "AlexW@Contoso.com",
            "userDisplayName": "Alex Wilber", "userType": "member", "isAdmin": true, "isSsprRegistered": false,
            "isSsprEnabled": false, "isSsprCapable": false, "isMfaRegistered": true, "isMfaCapable": true,
            "isPasswordlessCapable": false, "methodsRegistered": ["microsoftAuthenticatorPush", "softwareOneTimePasscode"],
            "isSystemPreferredAuthenticationMethodEnabled": true, "systemPreferredAuthenticationMethods": ["push"],
            "userPreferredMethodForSecondaryAuthentication": "push", "lastUpdatedDateTime": "2022-08-09T05:55:42Z"})";

inline constexpr const char* registrationDetailsJson2 = R"({"isAdmin": true})";

inline constexpr const char* perUserMfaStateJson1 = R"({"perUserMfaState": "enforced"})";

inline constexpr const char* perUserMfaStateJson2 = R"({"perUserMfaState": "enabled"})";

inline constexpr const char* perUserMfaStateJson3 = R"({"perUserMfaState": "disabled"})";

inline constexpr const char* perUserMfaStateJson4 = R"({"perUserMfaState": "sometimes"})";

inline constexpr const char* securityDefaultsJson1 = R"({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity",
            "id": "00000000-0000-0000-0000-000000000005", "displayName": "Security Defaults",
            "description": "Security defaults is a set of basic identity security mechanisms...", "isEnabled": true})";

inline constexpr const char* securityDefaultsJson2 = R"({"id": "x"})";

inline constexpr const char* conditionalAccessPolicyJson1 = R"({
            "id": "5b6c1d3e-0000-4000-8000-000000000001", "displayName": "Block legacy authentication",
            "state": "enabled",
            "conditions": {"clientAppTypes": ["exchangeActiveSync", "other"],
                "applications": {"includeApplications": ["All"], "excludeApplications": []},
                "users": {"includeUsers": ["All"], "excludeUsers": ["a1", "a2"], "includeGroups": [],
                          "excludeGroups": ["g1"], "includeRoles": [], "excludeRoles": []},
                "locations": null, "platforms": null},
            "grantControls": {"operator": "OR", "builtInControls": ["block"], "customAuthenticationFactors": [],
                              "termsOfUse": []}, "sessionControls": null})";

inline constexpr const char* conditionalAccessPolicyJson2 =
    R"({"id": "p2", "state": "enabledForReportingButNotEnforced", "grantControls": null,
                     "conditions": {"locations": {"includeLocations": ["All"], "excludeLocations": ["AllTrusted"]}}})";

inline constexpr const char* namedLocationsJson1 = R"({
            "@odata.type": "#microsoft.graph.ipNamedLocation", "id": "0854951d-5fc0-4eb1-b392-9b2c9d7949c2",
            "displayName": "Untrusted IP named location", "isTrusted": true,
            "ipRanges": [{"@odata.type": "#microsoft.graph.iPv4CidrRange", "cidrAddress": "12.34.221.11/22"},
                         {"@odata.type": "#microsoft.graph.iPv6CidrRange", "cidrAddress": "2001:0:9d38:90d6:0:0:0:0/63"}]})";

inline constexpr const char* namedLocationsJson2 = R"({
            "@odata.type": "#microsoft.graph.countryNamedLocation", "id": "1c4427fd-0885-4a3d-8b23-09a899ffa959",
            "displayName": "Named location with unknown countries and regions",
            "countriesAndRegions": ["US", "GB"], "includeUnknownCountriesAndRegions": true})";

inline constexpr const char* namedLocationsJson3 = R"({"displayName": "no id"})";

inline constexpr const char* applicationKeepsNoSecretTextJson1 = R"({
            "id": "03ef14b0-ca33-4840-8f4f-d6e91916010e", "appId": "631a96bc-a705-4eda-9f99-fdaf9f54f6a2",
            "displayName": "Scanner relay",
            "passwordCredentials": [{"customKeyIdentifier": null, "displayName": "relay secret",
                "endDateTime": "2026-12-01T00:00:00Z", "hint": "Q~a", "keyId": "k1",
                "secretText": "must-never-be-kept", "startDateTime": "2025-12-01T00:00:00Z"}],
            "keyCredentials": [{"customKeyIdentifier": "52ED9B5038A47B9E2E2190715CC238359D4F8F73",
                "displayName": "CN=relay", "endDateTime": "2027-01-01T00:00:00Z", "key": null, "keyId": "k2",
                "startDateTime": "2025-01-01T00:00:00Z", "type": "AsymmetricX509Cert", "usage": "Verify"}]})";

} // namespace fixtures

#pragma once

#include "sample/data/TenantModel.h"

namespace smtpaudit::sample {

// Builds a sample tenant from options alone: the same options (seed included) give a byte-identical
// model, so tests and ground-truth files are reproducible.
class TenantGenerator
{
public:
    struct SizeProfile
    {
        int mailboxes = 0;
        int guests = 0;
        int unlicensed = 0;
        int applications = 0;
        int sprayBursts = 0;
        int sprayTargets = 0; // users hit per burst
    };

    static SizeProfile profile(const TenantOptions& options);
    static TenantModel generate(const TenantOptions& options);
};

// Fills model.signIns and the users' sign-in dependent fields (defined in SignInGenerator.cpp); called by
// TenantGenerator::generate.
void generateSignIns(TenantModel& model, quint64 seed);
// Fills model.userIndexByLowerUpn and userIndexByIdMap (defined in TenantGeneratorUsers.cpp). Reads only the
// users' userPrincipalName and id, which generateSignIns() never writes, so the two may run side by side.
void indexUsers(TenantModel& model);

} // namespace smtpaudit::sample

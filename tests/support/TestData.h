#pragma once

#include <QJsonObject>
#include <QString>

#include <map>
#include <string>

namespace scanshield::test {

// The shared folder of real public DICOM files (../shared/data beside the checkout).
// Empty when the folder is absent, so that tests can skip with a clear reason.
QString sharedDataDir();

// Path of a file or folder inside the shared data; empty when the shared data is absent.
QString sharedData(const QString& relativePath);

// A fresh temporary folder for one test, removed when the process ends.
QString makeTempDir();

// Every file of a folder (hidden ones too) with the start of the SHA-256 of its bytes in hex:
// two calls compare equal exactly when no file was added, removed or changed.
std::map<std::string, std::string> fingerprints(const QString& folder);

// The TCIA pseudo-PHI benchmark (deid_benchmark/tcia_pseudo_phi_flywheel): its answer key's
// "instances", each {"file": "dicom/1-01.dcm", "phi": {"PatientName": "...", ...}}; empty
// (with a test failure) when it cannot be read.
QJsonObject tciaPseudoPhiAnswerKey();

} // namespace scanshield::test

// Skips the current test, saying why, when the shared data folder is not on this machine.
// CI always has it, so there these tests always run.
#define SCANSHIELD_REQUIRE_SHARED_DATA()                                                     \
    do {                                                                                     \
        if (scanshield::test::sharedDataDir().isEmpty())                                     \
            GTEST_SKIP() << "skipped: the shared test data folder (../shared/data) is absent"; \
    } while (0)

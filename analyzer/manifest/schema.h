#pragma once
/// The manifest's JSON Schema (draft-07), generated from the key table so that the loader and the
/// schema editors use cannot drift: schemas/crmflow.schema.json is this output, checked by a test.
#include <iosfwd>

namespace crmflow {

void writeManifestSchema(std::ostream& out);
/// Every key of the key table has editor documentation in the schema.
bool schemaDocumentsEveryKey();

}  // namespace crmflow

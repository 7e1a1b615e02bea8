#include <catch2/catch.hpp>

#include "graph/semantics.h"
#include "test_support.h"

using namespace crmflow;
using crmflow::test::TempRoot;

namespace {
const char* kChain =
    "version = 1\n"
    "[purpose.p]\nkind = \"service\"\nlegal_basis = \"contract\"\n"
    "[data.b]\ncategory = \"contact\"\npurposes = [\"p\"]\n"
    "[data.a]\ncategory = \"contact\"\npurposes = [\"p\"]\n"
    "[data.unused]\ncategory = \"contact\"\npurposes = [\"p\"]\n"
    "[ai.m]\nkind = \"score\"\npurpose = \"p\"\ninputs = [\"b\", \"a\"]\nprocessor = \"crm\"\n"
    "[processor.crm]\nregion = \"TR\"\nsub_processors = [\"cloud\"]\n"
    "[processor.cloud]\nregion = \"IE\"\nsub_processors = [\"support\"]\n"
    "[processor.support]\nregion = \"US\"\n"
    "[processor.idle]\nregion = \"US\"\n";
}

TEST_CASE("data reaches processors down the sub-processor chain, with a witness path") {
  TempRoot root;
  root.write("crmflow.toml", kChain);
  Analysis a = root.analyze();
  REQUIRE(a.complete());
  const Graph& g = *a.graph;
  const auto& reached = g.reachedProcessors();
  REQUIRE(reached.size() == 3);
  CHECK(reached[0].processor->id == "cloud");
  CHECK(reached[1].processor->id == "crm");
  CHECK(reached[2].processor->id == "support");
  CHECK(g.reach(*g.find(Kind::Processor, "idle")) == nullptr);
  const Reach& support = reached[2];
  REQUIRE(support.data.size() == 2);
  CHECK(support.data[0]->id == "a");
  // data a (smallest id) -> read by m -> crm -> cloud -> support
  REQUIRE(support.witness.size() == 5);
  CHECK(support.witness[0].subject == "a");
  CHECK(support.witness[1].what == PathStep::What::ReadByAi);
  CHECK(support.witness[1].span.line == 17);
  CHECK(support.witness[1].span.column == 16);
  CHECK(support.witness[2].subject == "crm");
  CHECK(support.witness[3].subject == "cloud");
  CHECK(support.witness[4].subject == "support");
  CHECK(support.witness[4].detail == "US");
  CHECK(g.processorsReachedBy(*g.find(Kind::Data, "unused")).empty());
  CHECK(g.processorsReachedBy(*g.find(Kind::Data, "b")).size() == 3);
}

TEST_CASE("domestic regions, regimes and derived notions") {
  TempRoot root;
  root.write("crmflow.toml",
             "version = 1\n[controller]\ncountry = \"DE\"\ndomestic = [\"FR\"]\nregimes = [\"gdpr\"]\n"
             "[purpose.m]\nkind = \"marketing\"\nlegal_basis = \"explicit_consent\"\n"
             "[data.d]\ncategory = \"contact\"\npurposes = [\"m\"]\n"
             "[ai.s]\nkind = \"score\"\npurpose = \"m\"\ninputs = [\"d\"]\n"
             "[ai.g]\nkind = \"generate\"\npurpose = \"m\"\ninputs = [\"d\"]\nprofiling = true\n"
             "[action.x]\neffect = \"offer\"\ntrigger = [\"s\"]\nadverse = true\n"
             "[consent.c]\npurposes = [\"m\"]\ndata = [\"d\"]\n");
  Analysis a = root.analyze();
  REQUIRE(a.complete());
  const Graph& g = *a.graph;
  CHECK(g.isDomestic("DE"));
  CHECK(g.isDomestic("FR"));
  CHECK_FALSE(g.isDomestic("TR"));
  CHECK(g.regime("gdpr"));
  CHECK_FALSE(g.regime("kvkk"));
  CHECK(isProfiling(*g.find(Kind::Ai, "s")));
  CHECK(isProfiling(*g.find(Kind::Ai, "g")));
  CHECK(isAdverse(*g.find(Kind::Action, "x")));
  CHECK(consentFor(g, *g.find(Kind::Ai, "s")) == g.find(Kind::Consent, "c"));
  CHECK(durationDays("P1Y2M1W3D") == 365 + 60 + 7 + 3);
  CHECK_FALSE(durationDays("indefinite"));
}

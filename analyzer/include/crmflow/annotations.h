/* crmflow code annotations (spec/manifest.md "Code annotations").
 *
 * Include this header in CRM integration code and mark what the code does:
 *
 *   struct Customer {
 *     CRMFLOW_DATA("contact_email") std::string email;
 *   };
 *   CRMFLOW_AI("churn_model") double predictChurn(const Customer& c);
 *   CRMFLOW_ACTION("block_card") void blockCard(const std::string& id);
 *   CRMFLOW_APPROVAL bool approvedByAnalyst(const std::string& caseId);
 *   CRMFLOW_CONSENT("campaign_optin") bool hasCampaignConsent(const std::string& id);
 *   CRMFLOW_PURPOSE("churn_marketing") void runWinBackCampaign();
 *   CRMFLOW_PROCESSOR("einstein") void sendToEinstein(const std::string& payload);
 *
 * Under Clang (which crmflow uses to read the code) the macros expand to
 * __attribute__((annotate("crmflow:<kind>=<id>"))); under other compilers to nothing, so the
 * header changes neither the program nor its ABI. Plain C and C++ both work.
 */
#ifndef CRMFLOW_ANNOTATIONS_H
#define CRMFLOW_ANNOTATIONS_H

#if defined(__clang__)
#define CRMFLOW_ANNOTATE_(text) __attribute__((annotate(text)))
#else
#define CRMFLOW_ANNOTATE_(text)
#endif

/* The value (field, variable, parameter, or a function's return value) is that personal data. */
#define CRMFLOW_DATA(id) CRMFLOW_ANNOTATE_("crmflow:data=" id)
/* Calling the function hands its arguments to that AI function; the result is its output. */
#define CRMFLOW_AI(id) CRMFLOW_ANNOTATE_("crmflow:ai=" id)
/* Calling the function performs that action. */
#define CRMFLOW_ACTION(id) CRMFLOW_ANNOTATE_("crmflow:action=" id)
/* The function records a person's approval: an action reached only through it is human-reviewed. */
#define CRMFLOW_APPROVAL CRMFLOW_ANNOTATE_("crmflow:approval")
/* The function checks that consent: code dominated by a true result has it. */
#define CRMFLOW_CONSENT(id) CRMFLOW_ANNOTATE_("crmflow:consent=" id)
/* Data used inside the function, class or namespace serves that purpose. */
#define CRMFLOW_PURPOSE(id) CRMFLOW_ANNOTATE_("crmflow:purpose=" id)
/* Calling the function sends its arguments to that processor. */
#define CRMFLOW_PROCESSOR(id) CRMFLOW_ANNOTATE_("crmflow:processor=" id)

#endif /* CRMFLOW_ANNOTATIONS_H */

import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { CreateOrganisationForm } from "@/components/org/create-organisation-form";

export const metadata: Metadata = { title: "New organisation" };

/** Creating an organisation for a hiring team; the creator becomes its owner. */
export default definePage({ name: "org.new", auth: "user", returnTo: () => "/org/new" }, async () => (
  <div className="max-w-xl space-y-6">
    <div>
      <h1 className="text-2xl font-semibold">New organisation</h1>
      <p className="mt-1 text-slate-600">
        An organisation is a shared space for a hiring team. You become its owner and can invite managers and reviewers.
      </p>
    </div>
    <CreateOrganisationForm />
  </div>
));

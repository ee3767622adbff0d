import type { SubProcessor } from "@/lib/privacy/sub-processors";

/** The third parties this deployment sends data to, with what each receives; says so when there are none. */
export function SubProcessorList({ subProcessors }: { subProcessors: readonly SubProcessor[] }) {
  if (subProcessors.length === 0) {
    return <p>None: this deployment sends your data to no third party. Everything stays on the server that runs it.</p>;
  }
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr>
          <th className="py-1 pr-4">Service</th>
          <th className="py-1 pr-4">Used for</th>
          <th className="py-1">Receives</th>
        </tr>
      </thead>
      <tbody>
        {subProcessors.map((entry) => (
          <tr key={entry.name} className="border-t border-slate-200 align-top">
            <td className="py-1 pr-4 font-medium">{entry.name}</td>
            <td className="py-1 pr-4">{entry.purpose}</td>
            <td className="py-1">{entry.receives}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

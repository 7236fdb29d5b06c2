// The console's words, in English and French; the browser's language picks, the header's button switches.
export const messages = {
  en: {
    title: 'Code2ASIN console', jobs: 'Jobs', statistics: 'Statistics', lookup: 'Code lookup', logout: 'Log out',
    language: 'Français', tenant: 'Tenant', allStatuses: 'All statuses', status: 'Status', name: 'Name',
    codes: 'Codes', progress: 'Progress', created: 'Created', actions: 'Actions', previous: 'Previous', next: 'Next',
    page: 'Page', of: 'of', upload: 'New job', dropHere: 'Drop a file of codes here, or choose one',
    chooseFile: 'File of codes (CSV, TSV, TXT, XLSX, XLS)', jobName: 'Job name', options: 'Options (JSON)',
    optionsHelp: 'marketplaces, provider, confidence_threshold, download_images, max_images_per_product...',
    create: 'Create the job', creating: 'Uploading…', noJobs: 'No job yet.', readOnly: 'Read-only access: you can look, not change.',
    start: 'Start', pause: 'Pause', resume: 'Resume', cancel: 'Cancel', retry: 'Retry', refresh: 'Refresh prices',
    delete: 'Delete', confirmDelete: 'Delete this job, its results and exports?', back: 'All jobs',
    total: 'Total', processed: 'Processed', matched: 'Matched', unmatched: 'Unmatched', ambiguous: 'Ambiguous',
    errors: 'Errors', withPrice: 'With price', withImages: 'With images', timeline: 'Timeline', results: 'Results',
    logs: 'Logs', configuration: 'Configuration', exports: 'Exports', requestExport: 'Request export',
    format: 'Format', download: 'Download', allMatchTypes: 'All match types', matchType: 'Match type',
    code: 'Code', product: 'Product', asin: 'ASIN', confidence: 'Confidence', price: 'Price', candidates: 'Candidates',
    accept: 'Accept', reject: 'Reject', pick: 'Pick this one', allLevels: 'All levels', level: 'Level', message: 'Message',
    at: 'At', days: 'Days', jobsByState: 'Jobs by state', codesByStatus: 'Codes by status', errorsByCategory: 'Errors by category',
    matchRate: 'Match rate', totalJobs: 'Jobs', totalCodes: 'Codes', totalErrors: 'Errors',
    lookUp: 'Look up', marketplace: 'Marketplace', provider: 'Provider', notFound: 'This job does not exist or is not yours.',
    loading: 'Loading…', none: '—', updated: 'Updated live', images: 'Images',
  },
  fr: {
    title: 'Console Code2ASIN', jobs: 'Tâches', statistics: 'Statistiques', lookup: 'Recherche de code', logout: 'Se déconnecter',
    language: 'English', tenant: 'Client', allStatuses: 'Tous les statuts', status: 'Statut', name: 'Nom',
    codes: 'Codes', progress: 'Avancement', created: 'Créée', actions: 'Actions', previous: 'Précédente', next: 'Suivante',
    page: 'Page', of: 'sur', upload: 'Nouvelle tâche', dropHere: 'Déposez un fichier de codes ici, ou choisissez-en un',
    chooseFile: 'Fichier de codes (CSV, TSV, TXT, XLSX, XLS)', jobName: 'Nom de la tâche', options: 'Options (JSON)',
    optionsHelp: 'marketplaces, provider, confidence_threshold, download_images, max_images_per_product…',
    create: 'Créer la tâche', creating: 'Envoi…', noJobs: 'Aucune tâche pour l’instant.', readOnly: 'Accès en lecture seule : vous pouvez consulter, pas modifier.',
    start: 'Démarrer', pause: 'Mettre en pause', resume: 'Reprendre', cancel: 'Annuler', retry: 'Relancer', refresh: 'Actualiser les prix',
    delete: 'Supprimer', confirmDelete: 'Supprimer cette tâche, ses résultats et ses exports ?', back: 'Toutes les tâches',
    total: 'Total', processed: 'Traités', matched: 'Trouvés', unmatched: 'Non trouvés', ambiguous: 'Ambigus',
    errors: 'Erreurs', withPrice: 'Avec prix', withImages: 'Avec images', timeline: 'Historique', results: 'Résultats',
    logs: 'Journaux', configuration: 'Configuration', exports: 'Exports', requestExport: 'Demander un export',
    format: 'Format', download: 'Télécharger', allMatchTypes: 'Tous les types', matchType: 'Type de correspondance',
    code: 'Code', product: 'Produit', asin: 'ASIN', confidence: 'Confiance', price: 'Prix', candidates: 'Candidats',
    accept: 'Accepter', reject: 'Rejeter', pick: 'Choisir celui-ci', allLevels: 'Tous les niveaux', level: 'Niveau', message: 'Message',
    at: 'Le', days: 'Jours', jobsByState: 'Tâches par statut', codesByStatus: 'Codes par statut', errorsByCategory: 'Erreurs par catégorie',
    matchRate: 'Taux de correspondance', totalJobs: 'Tâches', totalCodes: 'Codes', totalErrors: 'Erreurs',
    lookUp: 'Rechercher', marketplace: 'Marketplace', provider: 'Fournisseur', notFound: 'Cette tâche n’existe pas ou ne vous appartient pas.',
    loading: 'Chargement…', none: '—', updated: 'Mis à jour en direct', images: 'Images',
  },
};

export function initialLanguage() {
  const saved = localStorage.getItem('code2asin.lang');
  if (saved && messages[saved]) return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// Registrations into the CRM pages from other areas; loaded before any CRM page (see App.tsx).
import './SalesLinks';
import '../finance-reports/CustomerLetters';

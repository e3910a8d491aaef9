// Matchers such as toBeInTheDocument() and toHaveAccessibleName() for the component tests.
import "@testing-library/jest-dom";

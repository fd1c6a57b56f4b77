import { describeMessengerConformance } from '../../src/conformance.js';
import { startExampleSubject } from './example-subject.js';

describeMessengerConformance({ name: 'example third-party adapter', setup: startExampleSubject });

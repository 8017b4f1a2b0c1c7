import { StrictMode } from 'react';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ConfigProvider
        locale={viVN}
        theme={{
          token: {
            fontFamily: "'Segoe UI', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
            borderRadius: 4,
            fontSize: 14,
          },
        }}
        componentSize="middle"
      >
        <AntApp>
          <App />
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}

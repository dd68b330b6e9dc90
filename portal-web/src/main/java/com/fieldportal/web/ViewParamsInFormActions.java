package com.fieldportal.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forms post to their page's address with its view parameters (invoice.xhtml?id=…, reset.xhtml?token=…), not
 * to the bare page: when the session or the view has expired by the time the form is sent, the sign-in page
 * or the reloaded page still knows which invoice, which link, was meant. Registered in faces-config.xml.
 */
public class ViewParamsInFormActions extends ViewHandlerWrapper {

    public ViewParamsInFormActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId())) {
            return url;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? url : context.getExternalContext().encodeBookmarkableURL(url, parameters);
    }
}
